using System.Diagnostics;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Makes a folder read-only for the test's duration: no file can be created in it. Permissions do not
/// stop root, so as root the folder is also made immutable (<c>chattr +i</c>); where neither works the
/// test is skipped.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool immutable;

    public ReadOnlyFolder(string path)
    {
        Path = path;
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("read-only folders are made with Unix permissions");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (CanCreateFiles())
        {
            immutable = Chattr("+i") && !CanCreateFiles();
            if (!immutable)
            {
                Dispose();
                Skip.If(true, "cannot make a read-only folder here (running as root without chattr)");
            }
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i");
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private bool CanCreateFiles()
    {
        var probe = System.IO.Path.Combine(Path, $".probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private bool Chattr(string flag)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, Path]) { RedirectStandardError = true, UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
