using System.Reflection;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Maps snake_case columns to the row types' PascalCase properties for run-time Dapper, type by type,
/// so that your own SQL on <see cref="RelationsDataset.Connection"/> (<c>Query&lt;TimelineEvent&gt;("SELECT * FROM timeline")</c>)
/// fills the records, while the library leaves Dapper's global settings (such as MatchNamesWithUnderscores)
/// alone. The library's own queries do not use this: their parsers are generated (<see cref="RowParsers"/>).
/// </summary>
internal static class RowMapping
{
    /// <summary>
    /// Each row type with the public view (or table) whose rows it holds, one property per column;
    /// null for a type that a query assembles from several sources. A test checks the columns and
    /// the properties agree.
    /// </summary>
    public static IReadOnlyList<(Type Type, string? View)> RowTypes { get; } =
    [
        (typeof(TimelineEvent), "timeline"), (typeof(Statement), "statement_details"), (typeof(Citation), "citation_details"),
        (typeof(Discrepancy), "discrepancy_details"), (typeof(PersonPosition), "person_positions"), (typeof(Agreement), "agreement_details"),
        (typeof(AidDelivery), "aid_delivery_details"), (typeof(TradeFlow), "trade_flows"), (typeof(Source), "sources"),
        (typeof(YearlyEventCount), "event_counts_by_year"), (typeof(RepresentationYear), "representation_by_year"),
        (typeof(FactChange), "fact_changes"),
        (typeof(EventParticipant), null), (typeof(Person), null), (typeof(AidTotals), null), (typeof(SearchHit), null),
        (typeof(FactHistoryEntry), null), (typeof(YearlyMatchCount), null),
        (typeof(AgreementAction), "agreement_action_details"), (typeof(Organization), null), (typeof(Place), null),
        (typeof(CitedFact), null), (typeof(OneSidedFact), null),
    ];

    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        foreach (var (type, _) in RowTypes)
        {
            SqlMapper.SetTypeMap(type, new CustomPropertyTypeMap(type, FindProperty));
        }
    }

    private static PropertyInfo FindProperty(Type type, string column)
    {
        var name = column.Replace("_", string.Empty, StringComparison.Ordinal);
        // Dapper skips a column whose member is null.
        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
    }
}
