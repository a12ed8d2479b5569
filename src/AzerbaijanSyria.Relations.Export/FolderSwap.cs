using System.Runtime.InteropServices;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The two file-system calls a whole-folder replacement needs that .NET does not offer: exchanging two
/// folders in one step (Linux's <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), and a hard link (POSIX
/// <c>link</c>), which lets a new folder keep a file of the old one without copying or moving it.
/// </summary>
internal static class FolderSwap
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD on Linux
    private const uint RenameExchange = 2; // RENAME_EXCHANGE

    /// <summary>
    /// Puts the folder <paramref name="replacement"/> at <paramref name="target"/> (an existing folder), and the
    /// old <paramref name="target"/> at <paramref name="replacement"/>'s path. On Linux the two change places
    /// in one step, so a reader sees the old folder or the new one and never neither; elsewhere (or on a file
    /// system without the exchange) the old folder is renamed to <paramref name="aside"/> and the new one
    /// into place, and the old one is then at <paramref name="aside"/>.
    /// </summary>
    /// <returns>Where the old folder now is.</returns>
    public static string Exchange(string replacement, string target, string aside)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (RenameAt2(AtCurrentDirectory, replacement, AtCurrentDirectory, target, RenameExchange) == 0)
                {
                    return replacement;
                }
            }
            catch (EntryPointNotFoundException)
            {
                // A C library without renameat2 (glibc before 2.28): rename in two steps.
            }
        }

        Directory.Move(target, aside);
        Directory.Move(replacement, target);
        return aside;
    }

    /// <summary>Makes <paramref name="link"/> a second name of the file <paramref name="existing"/> (whatever its kind), or copies a regular file where that fails.</summary>
    public static void HardLink(string existing, string link)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, link) == 0)
        {
            return;
        }

        // No hard links here (another file system, Windows): a copy keeps the content. Only a regular
        // file is copied; anything else has no content to keep.
        DatasetFile.CheckOutputPath(existing);
        File.Copy(existing, link);
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
