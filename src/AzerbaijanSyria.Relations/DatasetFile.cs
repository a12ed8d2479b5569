using System.Buffers.Binary;
using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>Checks a file's SQLite header before it is opened, without SQLite.</summary>
public static class DatasetFile
{
    private const int HeaderLength = 100;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>What the header of a whole SQLite file says.</summary>
    public readonly record struct Header
    {
        /// <summary>Its <c>PRAGMA application_id</c>.</summary>
        public int ApplicationId { get; init; }

        /// <summary>Its <c>PRAGMA user_version</c>.</summary>
        public int UserVersion { get; init; }

        /// <summary>Whether it is in write-ahead-log mode (file format versions 2).</summary>
        public bool WriteAheadLog { get; init; }

        /// <summary>Whether it is marked as a file of this dataset (<see cref="DatasetFormat.ApplicationId"/>).</summary>
        public bool IsDataset => ApplicationId == DatasetFormat.ApplicationId;
    }

    /// <summary>
    /// Throws <see cref="DatasetFileException"/> unless the file is a whole SQLite database and, when
    /// <paramref name="requireDataset"/> is set, one of this dataset that this library can read.
    /// A symbolic link is followed to its target.
    /// </summary>
    public static Header Check(string path, bool requireDataset = true)
    {
        var header = Read(path) ?? throw new DatasetFileException(path, DatasetFileProblem.Missing, LibraryMessages.Missing(path));
        if (!requireDataset)
        {
            return header;
        }

        if (!header.IsDataset)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotThisDataset, LibraryMessages.NotThisDataset(path, header.ApplicationId));
        }

        if (header.UserVersion > DatasetFormat.SchemaVersion)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NewerSchema, LibraryMessages.NewerSchema(path, header.UserVersion));
        }

        return header;
    }

    /// <summary>
    /// Throws <see cref="DatasetFileException"/> unless a build may write <paramref name="path"/>:
    /// nothing is there, or an empty file, or a file marked as this dataset (whatever its version or
    /// state, even cut off). Any other file (another application's database, a text file), a folder,
    /// a symbolic link, a FIFO, a socket or a device is refused, and left as it is (see <see cref="CheckOutputPath"/>).
    /// </summary>
    public static void CheckReplaceable(string path)
    {
        if (CheckOutput(path, LibraryMessages.ReplaceFolder(path)) != FileKind.RegularFile)
        {
            return;
        }

        using var stream = OpenForRead(path);
        if (!stream.CanSeek)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.NotAFile(path));
        }

        if (stream.Length == 0)
        {
            return;
        }

        var bytes = new byte[HeaderLength];
        var read = stream.ReadAtLeast(bytes, HeaderLength, throwOnEndOfStream: false);
        if (read < HeaderLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotSqlite, LibraryMessages.RefuseToReplace(path, "not an SQLite database"));
        }

        var applicationId = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(68));
        if (applicationId != DatasetFormat.ApplicationId)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotThisDataset,
                LibraryMessages.RefuseToReplace(path, $"an SQLite database of another application (application_id {applicationId})"));
        }
    }

    /// <summary>
    /// Throws <see cref="DatasetFileException"/> (<see cref="DatasetFileProblem.NotAFile"/>) unless an output may be
    /// written at <paramref name="path"/>: nothing is there, or a regular file. A folder, a symbolic link
    /// (replacing it would leave its target stale, and writing through it would write where the path does
    /// not say), a FIFO, a socket or a device is refused, with what it is, and left as it is. This is the one
    /// rule for every file the library, the builder, the exports and the tool write.
    /// </summary>
    /// <param name="path">The full path of the output.</param>
    public static void CheckOutputPath(string path) => CheckOutput(path, LibraryMessages.OutputIsFolder(path));

    /// <summary>See <see cref="CheckOutputPath"/>; returns <see cref="FileKind.Missing"/> or <see cref="FileKind.RegularFile"/>.</summary>
    private static FileKind CheckOutput(string path, string folderMessage)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var kind = FileKinds.Of(path, followLinks: false);
        return kind switch
        {
            FileKind.Missing or FileKind.RegularFile => kind,
            FileKind.Folder => throw new DatasetFileException(path, DatasetFileProblem.NotAFile, folderMessage),
            FileKind.SymbolicLink => throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.OutputIsLink(path, LinkTarget(path))),
            _ => throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.OutputNotAFile(path, FileKinds.Describe(kind))),
        };
    }

    private static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    /// <summary>The header of the SQLite file at <paramref name="path"/>, or null when there is no file there.</summary>
    private static Header? Read(string path)
    {
        // Asked before anything opens it: opening a FIFO would wait for a writer, for ever.
        var kind = FileKinds.Of(path, followLinks: true);
        if (kind == FileKind.Folder)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.Folder(path));
        }

        if (kind == FileKind.Missing)
        {
            return null;
        }

        if (kind != FileKind.RegularFile)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.NotAFile(path, FileKinds.Describe(kind)));
        }

        var header = new byte[HeaderLength];
        int read;
        long length;
        using (var stream = OpenForRead(path))
        {
            if (!stream.CanSeek)
            {
                throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.NotAFile(path));
            }

            // The stream's length is the target's, also through a symbolic link (FileInfo.Length is the link's own).
            length = stream.Length;
            read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }

        if (length == 0)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotSqlite, LibraryMessages.Empty(path));
        }

        if (read < HeaderLength || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotSqlite, LibraryMessages.NotSqlite(path));
        }

        var pageSize = (long)BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        if (pageSize == 1)
        {
            pageSize = 65536;
        }

        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24));
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var versionValidFor = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        if (changeCounter == versionValidFor && pageCount > 0 && length < pageSize * pageCount)
        {
            throw new DatasetFileException(path, DatasetFileProblem.Truncated, LibraryMessages.Truncated(path, pageSize * pageCount, length));
        }

        return new Header
        {
            ApplicationId = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68)),
            UserVersion = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(60)),
            WriteAheadLog = header[18] == 2 || header[19] == 2,
        };
    }

    private static FileStream OpenForRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException) when (!File.Exists(path))
        {
            throw new DatasetFileException(path, DatasetFileProblem.Missing, LibraryMessages.Missing(path));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotAFile, LibraryMessages.Unreadable(path, ex.Message));
        }
    }
}
