using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusSinceUtc",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.Sql(StatusSinceBackfill.Postgres);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_AssigneeName_Id",
                table: "Posts",
                columns: new[] { "InQueue", "AssigneeName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_StatusSinceUtc_Id",
                table: "Posts",
                columns: new[] { "InQueue", "StatusSinceUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_AssigneeName_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_StatusSinceUtc_Id",
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
