namespace AzerbaijanSyria.Relations.Export;

/// <summary>What <see cref="DatasetExporter.ExportAsync(RelationsDataset, ExportFormat, string, CancellationToken)"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>One RFC 4180 CSV file per table and public view (UTF-8 without BOM, a header row, CRLF line ends, ISO dates).</summary>
    Csv,

    /// <summary>One JSON file per table and public view: an array of objects with typed numbers.</summary>
    Json,

    /// <summary>The CSV files and a Frictionless Data Package v2 <c>datapackage.json</c> describing them.</summary>
    DataPackage,

    /// <summary>A copy of the database and a Datasette <c>metadata.json</c>.</summary>
    Datasette,

    /// <summary>One Apache Parquet file per table and public view, typed, with the data dictionary's descriptions.</summary>
    Parquet,

    /// <summary>A static website of the dataset that any web host, or a browser from <c>file://</c>, serves.</summary>
    Site,
}
