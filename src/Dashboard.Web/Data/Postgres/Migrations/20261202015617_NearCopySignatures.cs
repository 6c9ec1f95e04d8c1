using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NearCopySignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NearCopyState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Runs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NearCopyState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostSignatures",
                columns: table => new
                {
                    PostId = table.Column<long>(type: "bigint", nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", maxLength: 513, nullable: false),
                    Pending = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostSignatures", x => x.PostId);
                    table.ForeignKey(
                        name: "FK_PostSignatures_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "NearCopyState",
                columns: new[] { "Id", "Runs" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_PostSignatures_Pending",
                table: "PostSignatures",
                column: "Pending");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NearCopyState");

            migrationBuilder.DropTable(
                name: "PostSignatures");
        }
    }
}
