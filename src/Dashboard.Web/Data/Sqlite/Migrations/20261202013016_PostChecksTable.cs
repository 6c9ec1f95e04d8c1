using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PostChecksTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PostChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: true),
                    FieldKey = table.Column<string>(type: "TEXT", nullable: true),
                    Item = table.Column<int>(type: "INTEGER", nullable: true),
                    Line = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostChecks_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostChecks_CheckId_PostId",
                table: "PostChecks",
                columns: new[] { "CheckId", "PostId" });

            migrationBuilder.CreateIndex(
                name: "IX_PostChecks_PostId_CheckId",
                table: "PostChecks",
                columns: new[] { "PostId", "CheckId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostChecks");
        }
    }
}
