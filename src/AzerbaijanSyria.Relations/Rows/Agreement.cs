namespace AzerbaijanSyria.Relations;

/// <summary>A signed instrument, as the <c>agreement_details</c> view shows it.</summary>
public sealed record Agreement
{
    /// <summary>The agreement's id.</summary>
    public required string AgreementId { get; init; }

    /// <summary>Its title, in the dataset's words.</summary>
    public required string Title { get; init; }

    /// <summary><c>treaty</c>, <c>agreement</c>, <c>memorandum_of_understanding</c>, <c>protocol</c>, <c>declaration</c>, <c>document</c> or <c>document_set</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The signing date in EDTF.</summary>
    public required string DateSigned { get; init; }

    /// <summary>The earliest possible signing day.</summary>
    public DateOnly? DateEarliest { get; init; }

    /// <summary>The latest possible signing day.</summary>
    public DateOnly? DateLatest { get; init; }

    /// <summary><c>day</c>, <c>month</c>, <c>year</c>, <c>range</c> or <c>unknown</c>: how precisely the signing date is known.</summary>
    public required string DatePrecision { get; init; }

    /// <summary><c>stated</c>, <c>inferred</c>, <c>derived</c> or <c>reported</c>: how the signing date is known.</summary>
    public required string DateBasis { get; init; }

    /// <summary>Where it was signed, when known.</summary>
    public string? Place { get; init; }

    /// <summary>The parties, joined with "; ".</summary>
    public string? Parties { get; init; }

    /// <summary>The signatories, joined with "; ".</summary>
    public string? Signatories { get; init; }

    /// <summary><c>signed</c>, <c>initialled</c>, <c>in_force</c>, <c>expired</c> or <c>unknown</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Topic ids, joined with "; ".</summary>
    public string? Topics { get; init; }

    /// <summary>For a set of documents, how many.</summary>
    public int? DocumentCount { get; init; }

    /// <summary>The set this instrument belongs to.</summary>
    public string? PartOfAgreementId { get; init; }

    /// <summary>Its value, when given.</summary>
    public double? ValueAmount { get; init; }

    /// <summary>The currency of the value.</summary>
    public string? ValueCurrency { get; init; }

    /// <summary>Whether the value is approximate.</summary>
    public bool ValueApproximate { get; init; }

    /// <summary>Until when it runs, when given.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>What it provides, in the dataset's words.</summary>
    public required string Summary { get; init; }

    /// <summary>The evidence status.</summary>
    public required string EvidenceStatus { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }

    /// <summary>A registration number (such as the UN Treaty Series'), where a page gives one.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>The languages of the text (ISO 639-1, joined with "; "), where a page gives them.</summary>
    public string? TextLanguages { get; init; }

    /// <summary>The address of the text, where a page gives one.</summary>
    public string? TextUrl { get; init; }

    /// <summary>The agreement's life: each signature, ratification, entry into force or end, with its date and party, joined with "; ".</summary>
    public string? Actions { get; init; }
}
