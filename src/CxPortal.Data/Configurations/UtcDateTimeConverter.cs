using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CxPortal.Data.Configurations;

/// <summary>Times are stored as UTC; SQLite keeps no kind, so mark them UTC again when read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
