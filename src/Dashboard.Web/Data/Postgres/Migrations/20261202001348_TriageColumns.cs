using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TriageColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CheckErrors",
                table: "Posts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckWarnings",
                table: "Posts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ClusterId",
                table: "Posts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClusterSize",
                table: "Posts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ClusterId",
                table: "Posts",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_CheckErrors_Id",
                table: "Posts",
                columns: new[] { "InQueue", "CheckErrors", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_ClusterSize_Id",
                table: "Posts",
                columns: new[] { "InQueue", "ClusterSize", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_ClusterId",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_CheckErrors_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_ClusterSize_Id",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "CheckErrors",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "CheckWarnings",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ClusterId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ClusterSize",
                table: "Posts");
        }
    }
}
