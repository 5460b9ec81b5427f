using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linda.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AdMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdCount = table.Column<int>(type: "integer", nullable: false),
                    NameCount = table.Column<int>(type: "integer", nullable: false),
                    IdentifierCount = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HighestScore = table.Column<int>(type: "integer", nullable: false),
                    HighestRisk = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UnreviewedCount = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FeedUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    PollMinutes = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NextPollAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastNewAds = table.Column<int>(type: "integer", nullable: false),
                    LastSeenAgainAds = table.Column<int>(type: "integer", nullable: false),
                    ETag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdSources_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JobAds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UrlHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SimHash = table.Column<long>(type: "bigint", nullable: false),
                    SimBand0 = table.Column<int>(type: "integer", nullable: false),
                    SimBand1 = table.Column<int>(type: "integer", nullable: false),
                    SimBand2 = table.Column<int>(type: "integer", nullable: false),
                    SimBand3 = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SeenCount = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Risk = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FlagCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ClaimedAgencies = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Destinations = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LabelledById = table.Column<Guid>(type: "uuid", nullable: true),
                    LabelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LabelNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgencyEscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AgencyEscalatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobAds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobAds_AdSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "AdSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobAds_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JobAds_AspNetUsers_AgencyEscalatedById",
                        column: x => x.AgencyEscalatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JobAds_AspNetUsers_LabelledById",
                        column: x => x.LabelledById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JobAds_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AdIdentifiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdIdentifiers_JobAds_AdId",
                        column: x => x.AdId,
                        principalTable: "JobAds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdIdentifiers_AdId_Kind_Value",
                table: "AdIdentifiers",
                columns: new[] { "AdId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdIdentifiers_Kind_Value",
                table: "AdIdentifiers",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_AdOperations_HighestScore_AdCount",
                table: "AdOperations",
                columns: new[] { "HighestScore", "AdCount" });

            migrationBuilder.CreateIndex(
                name: "IX_AdSources_CreatedById",
                table: "AdSources",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_AdSources_Kind_Enabled_NextPollAt",
                table: "AdSources",
                columns: new[] { "Kind", "Enabled", "NextPollAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_AgencyEscalatedById",
                table: "JobAds",
                column: "AgencyEscalatedById");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_AgencyId",
                table: "JobAds",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_CaseId",
                table: "JobAds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_Label_Score",
                table: "JobAds",
                columns: new[] { "Label", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_LabelledById",
                table: "JobAds",
                column: "LabelledById");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_LastSeenAt",
                table: "JobAds",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_OperationId",
                table: "JobAds",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_SimBand0",
                table: "JobAds",
                column: "SimBand0");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_SimBand1",
                table: "JobAds",
                column: "SimBand1");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_SimBand2",
                table: "JobAds",
                column: "SimBand2");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_SimBand3",
                table: "JobAds",
                column: "SimBand3");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_SourceId",
                table: "JobAds",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_JobAds_UrlHash",
                table: "JobAds",
                column: "UrlHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdIdentifiers");

            migrationBuilder.DropTable(
                name: "AdOperations");

            migrationBuilder.DropTable(
                name: "JobAds");

            migrationBuilder.DropTable(
                name: "AdSources");
        }
    }
}
