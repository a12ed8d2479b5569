using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Turns the exclusive <c>flock</c> that .NET takes for a <see cref="FileStream"/> opened with
/// <see cref="FileShare.None"/> on Unix into a shared one, which readers opening the same file with any
/// other sharing (a shared <c>flock</c>) are not refused by.
/// </summary>
internal static class SharedFileLock
{
    private const int LockShared = 1; // LOCK_SH in <sys/file.h>, the same on Linux and macOS

    /// <summary>
    /// Makes the lock <paramref name="handle"/> holds a shared one. Does nothing on Windows, where .NET
    /// takes no <c>flock</c>.
    /// </summary>
    /// <param name="handle">A handle opened with <see cref="FileShare.None"/>.</param>
    /// <exception cref="IOException">The lock could not be changed.</exception>
    public static void Downgrade(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (Flock((int)handle.DangerousGetHandle(), LockShared) != 0)
            {
                throw new IOException($"Could not share the lock on a staged file (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // DllImport, not LibraryImport: the arguments are blittable, so no marshalling code is generated either
    // way, and LibraryImport would need unsafe code allowed in the whole library.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);
#pragma warning restore SYSLIB1054
}
