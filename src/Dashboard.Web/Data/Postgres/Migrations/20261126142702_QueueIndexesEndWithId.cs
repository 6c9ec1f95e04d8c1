using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndexesEndWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Clarity",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Depth",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Difficulty",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Freshness",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_ImageCount",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_LastReviewed",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Quality",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Status",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Title",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Topic",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_VersionMajor_VersionMinor_VersionPatch",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_ViewCount",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Clarity_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Clarity", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Depth_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Depth", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Difficulty_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Difficulty", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Freshness_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Freshness", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_ImageCount_Id",
                table: "Posts",
                columns: new[] { "InQueue", "ImageCount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_LastReviewed_Id",
                table: "Posts",
                columns: new[] { "InQueue", "LastReviewed", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Quality_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Quality", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Status_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Title_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Topic_Id",
                table: "Posts",
                columns: new[] { "InQueue", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_VersionMajor_VersionMinor_VersionPatch_Id",
                table: "Posts",
                columns: new[] { "InQueue", "VersionMajor", "VersionMinor", "VersionPatch", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_ViewCount_Id",
                table: "Posts",
                columns: new[] { "InQueue", "ViewCount", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Clarity_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Depth_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Difficulty_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Freshness_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_ImageCount_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_LastReviewed_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Quality_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Status_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Title_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_Topic_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_VersionMajor_VersionMinor_VersionPatch_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InQueue_ViewCount_Id",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Clarity",
                table: "Posts",
                columns: new[] { "InQueue", "Clarity" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Depth",
                table: "Posts",
                columns: new[] { "InQueue", "Depth" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Difficulty",
                table: "Posts",
                columns: new[] { "InQueue", "Difficulty" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Freshness",
                table: "Posts",
                columns: new[] { "InQueue", "Freshness" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_ImageCount",
                table: "Posts",
                columns: new[] { "InQueue", "ImageCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_LastReviewed",
                table: "Posts",
                columns: new[] { "InQueue", "LastReviewed" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Quality",
                table: "Posts",
                columns: new[] { "InQueue", "Quality" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Status",
                table: "Posts",
                columns: new[] { "InQueue", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Title",
                table: "Posts",
                columns: new[] { "InQueue", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_Topic",
                table: "Posts",
                columns: new[] { "InQueue", "Topic" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_VersionMajor_VersionMinor_VersionPatch",
                table: "Posts",
                columns: new[] { "InQueue", "VersionMajor", "VersionMinor", "VersionPatch" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InQueue_ViewCount",
                table: "Posts",
                columns: new[] { "InQueue", "ViewCount" });
        }
    }
}
