using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// A private copy of a write-ahead-log database (the file and its <c>-wal</c>) in a folder of its own in
/// the temp folder, for a reader that must neither create files beside the original nor read it while a
/// writer may start on it: reading the copy gives one snapshot for as long as it is open.
/// <list type="bullet">
/// <item>The copy is consistent: it is taken only while no <c>-shm</c> file shows a writer (a writer creates
/// one before it changes anything), and the file and its <c>-wal</c> are the same size and age after the
/// copy as before; otherwise it is taken again, and when a writer keeps the file open the reader shares
/// it in place, as SQLite does.</item>
/// <item>It does not outlive its process: the folder (<c>azsy-read-PID-RANDOM</c>) is deleted on dispose
/// and when the process exits (also on SIGTERM, which ends a .NET process through
/// <see cref="AppDomain.ProcessExit"/>); what a killed process left (its PID gone, or reused by a process
/// started after the folder was made) is swept by the next copy taken.</item>
/// </list>
/// </summary>
internal sealed class PrivateCopy : IDisposable
{
    /// <summary>How every copy's folder name starts, followed by the owner's process id, a dash and a random part.</summary>
    public const string Prefix = "azsy-read-";

    private const int Attempts = 5;

    private static readonly ConcurrentDictionary<string, bool> Live = new(StringComparer.Ordinal);

    private static int hooked;

    private PrivateCopy(string directory, string databasePath)
    {
        Directory = directory;
        DatabasePath = databasePath;
    }

    /// <summary>The copy's own folder.</summary>
    public string Directory { get; }

    /// <summary>The copied database, with its copied <c>-wal</c> beside it.</summary>
    public string DatabasePath { get; }

    /// <summary>The folders of copies this process holds now.</summary>
    internal static IReadOnlyCollection<string> Held => Live.Keys.ToList();

    /// <summary>
    /// Copies <paramref name="fullPath"/> and its <c>-wal</c>, consistently (see the remarks on the type);
    /// null when a writer has the file open (its <c>-shm</c> exists), so that it is read in place.
    /// </summary>
    public static PrivateCopy? Take(string fullPath)
    {
        Hook();
        var temp = Path.GetTempPath();
        Sweep(temp);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (File.Exists(fullPath + "-shm"))
            {
                return null;
            }

            var before = Stamp.Of(fullPath);
            var directory = Path.Combine(temp, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
            Live[directory] = true;
            System.IO.Directory.CreateDirectory(directory);
            var copy = new PrivateCopy(directory, Path.Combine(directory, "snapshot.db"));
            try
            {
                File.Copy(fullPath, copy.DatabasePath);
                if (before.WalLength > 0)
                {
                    File.Copy(fullPath + "-wal", copy.DatabasePath + "-wal");
                }

                if (!File.Exists(fullPath + "-shm") && Stamp.Of(fullPath) == before)
                {
                    return copy;
                }
            }
            catch (FileNotFoundException)
            {
                // The -wal went away while it was copied (a writer checkpointed it and closed): again.
            }
            catch
            {
                copy.Dispose();
                throw;
            }

            copy.Dispose();
        }

        return null;
    }

    /// <summary>
    /// Deletes the copies in <paramref name="temp"/> that no live process holds: those whose owner's
    /// process is gone, or whose process id now belongs to a process started after the copy was made.
    /// </summary>
    internal static void Sweep(string temp)
    {
        IEnumerable<string> folders;
        try
        {
            folders = System.IO.Directory.EnumerateDirectories(temp, Prefix + "*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var folder in folders)
        {
            if (!Abandoned(folder))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another sweep got there first, or it is not ours to delete.
            }
        }
    }

    /// <summary>Deletes the copy.</summary>
    public void Dispose() => Delete(Directory);

    private static bool Abandoned(string folder)
    {
        var name = Path.GetFileName(folder)[Prefix.Length..];
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            // A copy of release 2.0.0 (azsy-read-RANDOM), which names no owner: abandoned once a day old.
            return System.IO.Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1);
        }

        if (pid == Environment.ProcessId)
        {
            return !Live.ContainsKey(folder);
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > System.IO.Directory.GetCreationTimeUtc(folder).AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false; // cannot tell: leave it
        }
    }

    private static void Delete(string directory)
    {
        try
        {
            if (System.IO.Directory.Exists(directory))
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }
        }
        finally
        {
            Live.TryRemove(directory, out _);
        }
    }

    private static void Hook()
    {
        if (Interlocked.Exchange(ref hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
        }
    }

    /// <summary>Deletes every copy this process holds (the process is ending).</summary>
    internal static void DeleteAll()
    {
        foreach (var directory in Live.Keys)
        {
            try
            {
                Delete(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort while the process ends; the next sweep removes what is left.
            }
        }
    }

    /// <summary>The size and time of last change of a file and its -wal, to tell whether anything wrote them.</summary>
    private readonly record struct Stamp(long Length, DateTime Written, long WalLength, DateTime WalWritten)
    {
        public static Stamp Of(string path)
        {
            var file = new FileInfo(path);
            var wal = new FileInfo(path + "-wal");
            return new Stamp(file.Length, file.LastWriteTimeUtc, wal.Exists ? wal.Length : -1, wal.Exists ? wal.LastWriteTimeUtc : default);
        }
    }
}
