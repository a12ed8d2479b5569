using System.Data.Common;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// How each row type is read from a query's columns: generated at build time by Dapper.AOT (each
/// <c>GetRowParser&lt;T&gt;()</c> below is intercepted and replaced by a reader written for its type),
/// not written by hand and not built at run time. A parser matches columns to properties by name,
/// ignoring case and underscores (<c>date_earliest</c> fills <c>DateEarliest</c>), once per query, and then
/// reads each row by position; a column without a property is skipped. So a new column of a view
/// needs only its property on the row type: the queries select the view's columns with <c>*</c>.
/// A new row type needs one line here.
/// </summary>
[DapperAot]
internal static class RowParsers
{
    public static Func<DbDataReader, TimelineEvent> TimelineEvent(DbDataReader reader) => reader.GetRowParser<TimelineEvent>();

    public static Func<DbDataReader, Statement> Statement(DbDataReader reader) => reader.GetRowParser<Statement>();

    public static Func<DbDataReader, Citation> Citation(DbDataReader reader) => reader.GetRowParser<Citation>();

    public static Func<DbDataReader, Discrepancy> Discrepancy(DbDataReader reader) => reader.GetRowParser<Discrepancy>();

    public static Func<DbDataReader, PersonPosition> PersonPosition(DbDataReader reader) => reader.GetRowParser<PersonPosition>();

    public static Func<DbDataReader, Agreement> Agreement(DbDataReader reader) => reader.GetRowParser<Agreement>();

    public static Func<DbDataReader, AidDelivery> AidDelivery(DbDataReader reader) => reader.GetRowParser<AidDelivery>();

    public static Func<DbDataReader, TradeFlow> TradeFlow(DbDataReader reader) => reader.GetRowParser<TradeFlow>();

    public static Func<DbDataReader, Source> Source(DbDataReader reader) => reader.GetRowParser<Source>();

    public static Func<DbDataReader, EventParticipant> EventParticipant(DbDataReader reader) => reader.GetRowParser<EventParticipant>();

    public static Func<DbDataReader, Person> Person(DbDataReader reader) => reader.GetRowParser<Person>();

    public static Func<DbDataReader, AidTotals> AidTotals(DbDataReader reader) => reader.GetRowParser<AidTotals>();

    public static Func<DbDataReader, YearlyEventCount> YearlyEventCount(DbDataReader reader) => reader.GetRowParser<YearlyEventCount>();

    public static Func<DbDataReader, YearlyMatchCount> YearlyMatchCount(DbDataReader reader) => reader.GetRowParser<YearlyMatchCount>();

    public static Func<DbDataReader, RepresentationYear> RepresentationYear(DbDataReader reader) => reader.GetRowParser<RepresentationYear>();

    public static Func<DbDataReader, FactChange> FactChange(DbDataReader reader) => reader.GetRowParser<FactChange>();

    public static Func<DbDataReader, FactHistoryEntry> FactHistoryEntry(DbDataReader reader) => reader.GetRowParser<FactHistoryEntry>();

    public static Func<DbDataReader, SearchHit> SearchHit(DbDataReader reader) => reader.GetRowParser<SearchHit>();

    public static Func<DbDataReader, AgreementAction> AgreementAction(DbDataReader reader) => reader.GetRowParser<AgreementAction>();

    public static Func<DbDataReader, Organization> Organization(DbDataReader reader) => reader.GetRowParser<Organization>();

    public static Func<DbDataReader, Place> Place(DbDataReader reader) => reader.GetRowParser<Place>();

    public static Func<DbDataReader, CitedFact> CitedFact(DbDataReader reader) => reader.GetRowParser<CitedFact>();

    public static Func<DbDataReader, OneSidedFact> OneSidedFact(DbDataReader reader) => reader.GetRowParser<OneSidedFact>();
}
