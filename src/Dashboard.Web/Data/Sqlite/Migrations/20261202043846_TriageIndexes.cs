using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TriageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Posts_FailingChecks",
                table: "Posts",
                column: "CheckErrors",
                filter: "\"CheckErrors\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Representatives",
                table: "Posts",
                columns: new[] { "ClusterSize", "Id" },
                descending: new[] { true, false },
                filter: "\"ClusterId\" = \"Id\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_FailingChecks",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Representatives",
                table: "Posts");
        }
    }
}
