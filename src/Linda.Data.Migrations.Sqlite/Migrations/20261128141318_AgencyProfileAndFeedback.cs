using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linda.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgencyProfileAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgencyAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyAliases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyContacts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyDestinations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyDestinations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyDestinations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgencyNameGiven = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LicenceNumberGiven = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DestinationCountry = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true),
                    DestinationCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeesAsked = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FeeCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true),
                    FeePaidTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FeePaidToDetail = table.Column<string>(type: "TEXT", nullable: true),
                    FeeReceiptGiven = table.Column<bool>(type: "INTEGER", nullable: true),
                    SalaryPromised = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    SalaryCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true),
                    PassportKept = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContractChanged = table.Column<bool>(type: "INTEGER", nullable: false),
                    JobDifferent = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoLicenceDisplayed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TravelAgencyActingAsRecruiter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Abuse = table.Column<bool>(type: "INTEGER", nullable: false),
                    RatingFees = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingContractHonesty = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingPreDeparture = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingSupportAbroad = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", nullable: true),
                    ContactNote = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TextIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SpamSignals = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyFeedback_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyAliases_AgencyId",
                table: "AgencyAliases",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_AgencyId_Kind_Value",
                table: "AgencyContacts",
                columns: new[] { "AgencyId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_Value",
                table: "AgencyContacts",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyDestinations_AgencyId_Country",
                table: "AgencyDestinations",
                columns: new[] { "AgencyId", "Country" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_AgencyId_Status",
                table: "AgencyFeedback",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_ContactPhoneIndex",
                table: "AgencyFeedback",
                column: "ContactPhoneIndex");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_Reference",
                table: "AgencyFeedback",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_SourceIndex_ReceivedAt",
                table: "AgencyFeedback",
                columns: new[] { "SourceIndex", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_Status_ReceivedAt",
                table: "AgencyFeedback",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFeedback_TextIndex",
                table: "AgencyFeedback",
                column: "TextIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyAliases");

            migrationBuilder.DropTable(
                name: "AgencyContacts");

            migrationBuilder.DropTable(
                name: "AgencyDestinations");

            migrationBuilder.DropTable(
                name: "AgencyFeedback");
        }
    }
}
