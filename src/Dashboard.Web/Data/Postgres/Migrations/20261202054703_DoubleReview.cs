using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DoubleReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DoubleReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<long>(type: "bigint", nullable: false),
                    FirstReviewer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FirstVerdict = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FirstAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SecondReviewer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SecondVerdict = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SecondNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SecondAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Disagreed = table.Column<bool>(type: "boolean", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedVerdict = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoubleReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DoubleReviews_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DoubleReviews_OpenPerPost",
                table: "DoubleReviews",
                column: "PostId",
                unique: true,
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DoubleReviews_SecondAtUtc",
                table: "DoubleReviews",
                column: "SecondAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DoubleReviews");
        }
    }
}
