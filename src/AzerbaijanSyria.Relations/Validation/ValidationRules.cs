namespace AzerbaijanSyria.Relations;

/// <summary>Every rule of the dataset, in the order <see cref="DatasetValidator"/> runs them.</summary>
internal static class ValidationRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        .. StructureRules.All,
        .. ValueRules.All,
        .. TextRules.All,
        .. ProvenanceRules.All,
        .. RecordRules.All,
        .. OfficeRules.All,
        .. PeopleRules.All,
        .. TimeRules.All,
        .. FileNameRules.All,
    ];
}
