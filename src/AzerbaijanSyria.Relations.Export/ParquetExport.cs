using System.Globalization;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Writes a table or view as one Apache Parquet file (row groups of at most 10,000 rows), for DuckDB, Spark, pandas or
/// Polars. Columns are typed: TEXT as UTF-8 strings, INTEGER as INT64, REAL as DOUBLE, ISO days as
/// DATE, 0/1 flags as BOOLEAN (from the file's CHECK constraints); a view's computed column takes the
/// type its values share. The data dictionary travels with the data: each column chunk carries its
/// description under the key <c>description</c>, and the file's key-value metadata holds the
/// resource's description (<c>description</c>), each column's (<c>description:COLUMN</c>), the
/// dataset's version and licence, and the schema as Spark reads it, with each description as the
/// column's comment.
/// </summary>
internal static class ParquetExport
{
    private enum ColumnType
    {
        String,
        Long,
        Double,
        Boolean,
        Date,
    }

    /// <summary>At most this many rows go into one row group, so that a table of any size is written with bounded memory.</summary>
    internal const int RowGroupRows = 10_000;

    /// <summary>A row group is also closed once its values hold about this many characters of text.</summary>
    internal const long RowGroupChars = 2_000_000;

    /// <summary>
    /// Writes the rows <paramref name="rows"/> gives to <paramref name="path"/>. The rows are read twice,
    /// one at a time: once to type the columns, once to write them in row groups of at most
    /// <see cref="RowGroupRows"/> rows; both reads must give the same rows (run them in one read transaction).
    /// </summary>
    public static async Task WriteAsync(string path, ExportResource resource, Func<IEnumerable<object?[]>> rows, IReadOnlyDictionary<string, string> datasetFacts, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await WriteAsync(stream, resource, rows, datasetFacts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Parquet file of <paramref name="table"/>, as bytes (for the site's downloads).</summary>
    public static async Task<byte[]> ToBytesAsync(ExportResource resource, ResultTable table, IReadOnlyDictionary<string, string> datasetFacts, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await WriteAsync(stream, resource, () => table.Rows, datasetFacts, cancellationToken).ConfigureAwait(false);
        return stream.ToArray();
    }

    private static async Task WriteAsync(Stream stream, ExportResource resource, Func<IEnumerable<object?[]>> rows, IReadOnlyDictionary<string, string> datasetFacts, CancellationToken cancellationToken)
    {
        var profiles = ColumnProfile.Of(resource);
        foreach (var _ in ColumnProfile.Observe(rows(), profiles))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var types = resource.Columns.Select((c, i) => TypeOf(c, profiles[i])).ToList();
        var fields = resource.Columns.Select((c, i) => Field(c.Name, types[i])).ToList();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["description"] = resource.Description,
            ["org.apache.spark.sql.parquet.row.metadata"] = SparkSchema(resource, types),
        };
        foreach (var (key, value) in datasetFacts)
        {
            metadata[key] = value;
        }

        foreach (var column in resource.Columns)
        {
            metadata["description:" + column.Name] = column.Description;
        }

        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = metadata;
        var group = new List<object?[]>();
        long chars = 0;
        var written = false;
        foreach (var row in rows())
        {
            group.Add(row);
            foreach (var value in row)
            {
                chars += value switch { string text => text.Length, byte[] bytes => bytes.Length, _ => 8 };
            }

            if (group.Count >= RowGroupRows || chars >= RowGroupChars)
            {
                await WriteRowGroupAsync(writer, fields, types, resource, group, cancellationToken).ConfigureAwait(false);
                group.Clear();
                chars = 0;
                written = true;
            }
        }

        if (group.Count > 0 || !written)
        {
            await WriteRowGroupAsync(writer, fields, types, resource, group, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteRowGroupAsync(
        ParquetWriter writer, List<DataField> fields, List<ColumnType> types, ExportResource resource, List<object?[]> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Count; i++)
        {
            var chunk = new Dictionary<string, string>(StringComparer.Ordinal) { ["description"] = resource.Columns[i].Description };
            var values = rows.Select(r => r[i]).ToArray();
            switch (types[i])
            {
                case ColumnType.Long:
                    await group.WriteAsync<long>(fields[i], values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray(), null, chunk, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Double:
                    await group.WriteAsync<double>(fields[i], values.Select(v => v is null ? (double?)null : Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray(), null, chunk, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[i], values.Select(v => v is null ? (bool?)null : (long)v == 1).ToArray(), null, chunk, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Date:
                    await group.WriteAsync<DateOnly>(fields[i], values.Select(v => v is null ? (DateOnly?)null : DateOnly.ParseExact((string)v, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(), null, chunk, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync<ReadOnlyMemory<char>>(fields[i], values.Select(v => v is null ? (ReadOnlyMemory<char>?)null : ResultWriter.Text(v).AsMemory()).ToArray(), null, chunk, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static DataField Field(string name, ColumnType type) => type switch
    {
        ColumnType.Long => new DataField<long?>(name),
        ColumnType.Double => new DataField<double?>(name),
        ColumnType.Boolean => new DataField<bool?>(name),
        ColumnType.Date => new DataField<DateOnly?>(name),
        _ => new DataField<string>(name, true),
    };

    /// <summary>The column's type, as the data package's: a table column's declared type, date or flag; a view column's only when its values fit.</summary>
    private static ColumnType TypeOf(ExportColumn column, ColumnProfile values)
    {
        if (column.IsDate && values.AllDays)
        {
            return ColumnType.Date;
        }

        if (column.Flag && values.AllFlags)
        {
            return ColumnType.Boolean;
        }

        switch (column.DeclaredType.ToUpperInvariant())
        {
            case "INTEGER" when values.AllIntegers:
                return ColumnType.Long;
            case "REAL" when values.AllNumbers:
                return ColumnType.Double;
            case "TEXT":
                return ColumnType.String;
        }

        if (values.Count > 0 && values.AllIntegers)
        {
            return ColumnType.Long;
        }

        return values.Count > 0 && values.AllNumbers ? ColumnType.Double : ColumnType.String;
    }

    /// <summary>The schema as Spark writes it beside its own Parquet files: a struct of the columns, each description as its comment.</summary>
    private static string SparkSchema(ExportResource resource, List<ColumnType> types) => DatasetExporter.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("type", "struct");
        json.WriteStartArray("fields");
        for (var i = 0; i < resource.Columns.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("name", resource.Columns[i].Name);
            json.WriteString("type", types[i] switch
            {
                ColumnType.Long => "long",
                ColumnType.Double => "double",
                ColumnType.Boolean => "boolean",
                ColumnType.Date => "date",
                _ => "string",
            });
            json.WriteBoolean("nullable", true);
            json.WriteStartObject("metadata");
            json.WriteString("comment", resource.Columns[i].Description);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }, indented: false).TrimEnd('\n');
}
