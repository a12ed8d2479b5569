namespace AzerbaijanSyria.Relations;

/// <summary>What kind of thing a path names, as the file system's own status of it says (see <see cref="FileKinds"/>).</summary>
internal enum FileKind
{
    /// <summary>Nothing is at the path.</summary>
    Missing,

    /// <summary>A regular file: the only kind the library reads as a database or replaces as an output.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (only when the link itself is asked about).</summary>
    SymbolicLink,

    /// <summary>A FIFO (named pipe): opening it waits for a writer or a reader.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device, such as <c>/dev/null</c>.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>Something else the file system knows.</summary>
    Other,
}
