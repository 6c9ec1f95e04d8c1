using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentAndAging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssigneeName",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusSinceUtc",
                table: "Posts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.Sql(StatusSinceBackfill.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_AssigneeName",
                table: "Posts",
                columns: new[] { "InQueue", "AssigneeName" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_StatusSinceUtc",
                table: "Posts",
                columns: new[] { "InQueue", "StatusSinceUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_AssigneeName",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_StatusSinceUtc",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "AssigneeName",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "StatusSinceUtc",
                table: "Posts");
        }
    }
}
