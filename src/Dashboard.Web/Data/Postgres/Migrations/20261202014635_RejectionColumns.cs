using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RejectionColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DuplicateOf",
                table: "Posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RejectedAtUtc",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "Posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionNote",
                table: "Posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Posts",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DuplicateOf",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "RejectedAtUtc",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "RejectionNote",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Posts");
        }
    }
}
