using System.Runtime.InteropServices;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The kind of a path (<see cref="FileKind"/>) without opening it: opening a FIFO waits for its other
/// end, so a file must be known to be regular before it is opened. .NET has no public call for a file's
/// type, so on Unix this asks the runtime's own native library (<c>libSystem.Native</c>, which ships with
/// every .NET runtime and is what <see cref="File"/> itself calls) for the file's status; its status record
/// has the same layout on every Unix .NET runs on, with the mode's type bits as POSIX numbers them.
/// On Windows, where there are no FIFOs, devices or sockets in the file system, the managed calls answer.
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;

    /// <summary>The kind of <paramref name="path"/>; with <paramref name="followLinks"/> a symbolic link answers for its target.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (!followLinks && info.Exists && info.LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }

            return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        }

        var status = default(FileStatus);
        var result = followLinks ? Stat(path, out status) : LStat(path, out status);
        if (result != 0)
        {
            // A missing file, or a path through something that is not a folder: nothing is there.
            return FileKind.Missing;
        }

        return (status.Mode & TypeMask) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Folder,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
    }

    /// <summary>How a message names <paramref name="kind"/>: "a FIFO (named pipe)", "a character device" ….</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.RegularFile => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>The runtime's status record (<c>FileStatus</c> in System.Native's <c>pal_io.h</c>), with room to spare at its end.</summary>
#pragma warning disable CS0649 // written by the native call
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
        public uint Spare0;
        public long Spare1;
        public long Spare2;
        public long Spare3;
        public long Spare4;
    }
#pragma warning restore CS0649
}
