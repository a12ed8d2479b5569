using System.Reflection;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Maps snake_case columns to the row types' PascalCase properties, type by type, so that the
/// library leaves Dapper's global settings (such as MatchNamesWithUnderscores) alone.
/// </summary>
internal static class RowMapping
{
    private static readonly Type[] RowTypes =
    [
        typeof(TimelineEvent), typeof(EventParticipant), typeof(Statement), typeof(Citation), typeof(Discrepancy),
        typeof(PersonPosition), typeof(Person), typeof(Agreement), typeof(AidDelivery), typeof(AidTotals),
        typeof(TradeFlow), typeof(SearchHit), typeof(Source),
    ];

    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        foreach (var type in RowTypes)
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
