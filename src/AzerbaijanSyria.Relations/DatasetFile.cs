using System.Buffers.Binary;
using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>Checks a file's SQLite header before it is opened, without SQLite.</summary>
internal static class DatasetFile
{
    private const int HeaderLength = 100;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>
    /// Throws <see cref="DatasetFileException"/> unless the file is a whole SQLite database and, when
    /// <paramref name="requireDataset"/> is set, one of this dataset that this library can read.
    /// </summary>
    public static void Check(string path, bool requireDataset = true)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DatasetFileException(path, DatasetFileProblem.Missing, $"No database file at '{path}'.");
        }

        var header = new byte[HeaderLength];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }

        if (read < HeaderLength || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotSqlite, $"'{path}' is not an SQLite database.");
        }

        var pageSize = (long)BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        if (pageSize == 1)
        {
            pageSize = 65536;
        }

        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24));
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var versionValidFor = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        if (changeCounter == versionValidFor && pageCount > 0 && info.Length < pageSize * pageCount)
        {
            throw new DatasetFileException(path, DatasetFileProblem.Truncated,
                $"'{path}' is truncated: its header promises {pageSize * pageCount} bytes but the file has {info.Length}.");
        }

        if (!requireDataset)
        {
            return;
        }

        var applicationId = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68));
        if (applicationId != DatasetFormat.ApplicationId)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotThisDataset,
                $"'{path}' is an SQLite database but not the Azerbaijan–Syria relations dataset (application_id {applicationId}, expected {DatasetFormat.ApplicationId}).");
        }

        var userVersion = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(60));
        if (userVersion > DatasetFormat.SchemaVersion)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NewerSchema,
                $"'{path}' has schema version {userVersion}, newer than this library's {DatasetFormat.SchemaVersion}: update the AzerbaijanSyria.Relations package.");
        }
    }
}
