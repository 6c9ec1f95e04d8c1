using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Words split and accents dropped as the SQLite index does (see PostgresTextSearch).
            migrationBuilder.Sql(PostgresTextSearch.DropSql);
            migrationBuilder.Sql(PostgresTextSearch.WordsConfigurationSql);
            migrationBuilder.Sql(PostgresTextSearch.WordsCreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresTextSearch.DropSql);
            migrationBuilder.Sql(PostgresTextSearch.CreateSql);
            migrationBuilder.Sql(PostgresTextSearch.WordsConfigurationDropSql);
        }
    }
}
