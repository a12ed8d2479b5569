using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>EF Core's view of the row types: keyless, read-only, each property its snake_case column.</summary>
public sealed partial class RelationsContext(DbContextOptions<RelationsContext> options) : DbContext(options)
{
    public static readonly Type[] RowTypes =
        [typeof(TimelineEvent), typeof(PersonPosition), typeof(Agreement), typeof(Citation), typeof(Statement), typeof(EventParticipant), typeof(Discrepancy), typeof(SearchHit), typeof(YearlyEventCount)];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var type in RowTypes)
        {
            var entity = modelBuilder.Entity(type).HasNoKey().ToView(null);
            foreach (var property in type.GetProperties())
            {
                entity.Property(property.Name).HasColumnName(Snake().Replace(property.Name, "_$0").TrimStart('_').ToLowerInvariant());
            }
        }

        // The participants' query reads the view's participant_id_text as participant_id (the view's own participant_id is the row number).
        modelBuilder.Entity<EventParticipant>().Property(p => p.ParticipantId).HasColumnName("participant_id");
    }

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Snake();
}
