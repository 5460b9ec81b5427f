using Linda.Core.Offers.Linking;

namespace Linda.Core.Tests.Offers;

public sealed class AdLinkerTests
{
    private static readonly AdIdentifierKey PhoneA = new("phone", "+254712000001");
    private static readonly AdIdentifierKey PhoneB = new("phone", "+254712000002");
    private static readonly AdIdentifierKey Email = new("email", "gulfjobs.recruit@example.com");
    private static readonly AdIdentifierKey Telegram = new("telegram", "gulf_jobs_now");
    private static readonly AdIdentifierKey Hotline = new("phone", "+254800222223");

    [Fact]
    public void Link_ChainThroughDifferentIdentifiers_IsOneOperation()
    {
        // 0 and 1 share a phone, 1 and 2 an e-mail, 2 and 3 a Telegram handle: no identifier is in all four.
        var links = AdLinker.Link(Ads([PhoneA], [PhoneA, Email], [Email, Telegram], [Telegram], [PhoneB]));

        links.Group.ShouldBe([0, 0, 0, 0, 4]);
        links.GroupCount.ShouldBe(2);
        links.JoinedBy(3).ShouldBe([PhoneA, Email, Telegram]);
        links.JoinedBy(4).ShouldBeEmpty();
    }

    [Fact]
    public void Link_HotlineQuotedInFiveHundredAds_JoinsNothing_AndIsCommon()
    {
        // Each ad: its own phone and the NEA hotline that warnings and honest ads quote.
        var ads = Enumerable.Range(0, 500).Select(i => (IReadOnlyList<AdIdentifierKey>)[new("phone", $"+2547130{i:D5}"), Hotline]).ToList();

        var links = AdLinker.Link(ads);

        links.GroupCount.ShouldBe(500);
        links.Group.ShouldBe(Enumerable.Range(0, 500));
        links.Common.ShouldBe([Hotline]);
        links.CommonAdCount(Hotline).ShouldBe(500);
        links.JoinedBy(0).ShouldBeEmpty();
    }

    [Fact]
    public void Link_PublicHotline_NeverJoins_EvenInTwoAds()
    {
        var links = AdLinker.Link(Ads([PhoneA, Hotline], [PhoneB, Hotline]));

        links.GroupCount.ShouldBe(2);
        links.Common.ShouldContain(Hotline);
        LinkOptions.Default.AlwaysCommon.ShouldContain(Hotline);
    }

    [Fact]
    public void Link_AnyIdentifierInMoreAdsThanTheCap_IsCommon()
    {
        var ads = Enumerable.Range(0, 101).Select(_ => (IReadOnlyList<AdIdentifierKey>)[Email]).ToList();

        AdLinker.Link(ads).GroupCount.ShouldBe(101);
        AdLinker.Link(ads).CommonAdCount(Email).ShouldBe(101);
        AdLinker.Link(ads[..100]).GroupCount.ShouldBe(1);
        AdLinker.Link(ads[..100]).Common.ShouldBeEmpty();
    }

    [Fact]
    public void Link_IdentifierWrittenSeveralTimesInOneAd_CountsOnce()
    {
        var options = new LinkOptions { CommonAfter = 2 };

        var links = AdLinker.Link(Ads([PhoneA, PhoneA, PhoneA], [PhoneB, PhoneA]), options);

        links.Common.ShouldBeEmpty();
        links.Group.ShouldBe([0, 0]);
        links.JoinedBy(0).ShouldBe([PhoneA]);
    }

    [Fact]
    public void Link_CommonAdCount_CountsAdsNotMentions()
    {
        var ads = Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<AdIdentifierKey>)[PhoneA, PhoneA]).ToList();

        AdLinker.Link(ads, new LinkOptions { CommonAfter = 2 }).CommonAdCount(PhoneA).ShouldBe(3);
    }

    [Fact]
    public void Link_LoneAds_AreTheirOwnGroups()
    {
        var links = AdLinker.Link(Ads([], [PhoneA], [], [PhoneB, Email]));

        links.Group.ShouldBe([0, 1, 2, 3]);
        links.GroupCount.ShouldBe(4);
        links.Common.ShouldBeEmpty();
        Enumerable.Range(0, 4).ShouldAllBe(ad => links.JoinedBy(ad).Count == 0);
    }

    [Fact]
    public void Link_NoAds_NoGroups()
    {
        var links = AdLinker.Link([]);

        links.GroupCount.ShouldBe(0);
        links.Group.ShouldBeEmpty();
    }

    [Fact]
    public void Link_RootIsTheLowestIndex_WhicheverGroupJoinsWhich()
    {
        // Ad 5 joins the group of ads 3 and 6 to the group of ads 1 and 4; the later group meets first.
        var links = AdLinker.Link(Ads([], [PhoneB], [], [PhoneA], [PhoneB], [PhoneA, PhoneB, Email], [PhoneA], [Email]));

        links.Group.ShouldBe([0, 1, 2, 1, 1, 1, 1, 1]);
        links.JoinedBy(6).ShouldBe([PhoneB, PhoneA, Email]);
    }

    [Fact]
    public void Link_AgencyNames_AreWeak_AndCommonAfterTenAds()
    {
        var name = new AdIdentifierKey("agency", "Gulf Jobs Agency");
        var phone = new AdIdentifierKey("phone", "+254712000099");

        AdLinker.Link(Enumerable.Repeat<IReadOnlyList<AdIdentifierKey>>([name], 10).ToList()).GroupCount.ShouldBe(1);
        AdLinker.Link(Enumerable.Repeat<IReadOnlyList<AdIdentifierKey>>([name], 11).ToList()).GroupCount.ShouldBe(11);
        AdLinker.Link(Enumerable.Repeat<IReadOnlyList<AdIdentifierKey>>([phone], 11).ToList()).GroupCount.ShouldBe(1);
        LinkOptions.Default.CommonAfterFor("agency").ShouldBe(10);
        LinkOptions.Default.CommonAfterFor("licence").ShouldBe(25);
        LinkOptions.Default.CommonAfterFor("phone").ShouldBe(100);
    }

    [Fact]
    public void Link_KindCaps_NeverExceedTheGeneralCap()
    {
        var options = new LinkOptions { CommonAfter = 5 };

        options.CommonAfterFor("agency").ShouldBe(5);
        options.CommonAfterFor("email").ShouldBe(5);
        new LinkOptions { CommonAfterByKind = new Dictionary<string, int> { ["email"] = 1 } }.CommonAfterFor("email").ShouldBe(1);
    }

    [Fact]
    public void Link_AgencyNames_IgnoreCaseAndSpacing_OtherKindsCompareExactly()
    {
        var links = AdLinker.Link(Ads(
            [new("agency", "Kazi Bora Agency")],
            [new("agency", "  KAZI  BORA\tagency ")],
            [new("whatsapp", "chat.whatsapp.com/AbCdEf")],
            [new("whatsapp", "chat.whatsapp.com/abcdef")],
            [new("agency", "Kazi Boraagency")]));

        links.Group.ShouldBe([0, 0, 2, 3, 4]);
        links.JoinedBy(1).ShouldBe([new AdIdentifierKey("agency", "Kazi Bora Agency")]);
    }

    [Fact]
    public void Link_CommonAgencyName_IsFoundWhateverItsCase()
    {
        var ads = Enumerable.Range(0, 11).Select(i => (IReadOnlyList<AdIdentifierKey>)[new("agency", i % 2 == 0 ? "Gulf Jobs" : "GULF JOBS")]).ToList();

        var links = AdLinker.Link(ads);

        links.Common.Contains(new AdIdentifierKey("agency", "gulf   jobs")).ShouldBeTrue();
        links.CommonAdCount(new AdIdentifierKey("agency", "Gulf jobs")).ShouldBe(11);
    }

    [Fact]
    public void Link_CustomAlwaysCommon_ReplacesTheDefault()
    {
        var options = new LinkOptions { AlwaysCommon = new HashSet<AdIdentifierKey> { Email } };

        var links = AdLinker.Link(Ads([PhoneA, Email, Hotline], [PhoneB, Email, Hotline]), options);

        links.Group.ShouldBe([0, 0]);
        links.JoinedBy(0).ShouldBe([Hotline]);
        links.Common.ShouldBe([Email]);
    }

    [Fact]
    public void Link_SyntheticAds_MatchesASimpleGraphSearch()
    {
        var ads = SyntheticAds.Generate(20_000, seed: 7);

        var links = AdLinker.Link(ads);
        var expected = ReferenceGroups(ads, LinkOptions.Default);

        links.Group.ShouldBe(expected);
        links.GroupCount.ShouldBe(expected.Distinct().Count());
        links.Common.ShouldContain(SyntheticAds.Hotline);
        links.Common.ShouldContain(SyntheticAds.JobBoard);
        links.Common.ShouldContain(SyntheticAds.WarningEmail);
        // Operations form, and not one giant one.
        links.GroupCount.ShouldBeInRange(20_000 / 10, 20_000 * 9 / 10);
        expected.CountBy(root => root).Max(group => group.Value).ShouldBeLessThan(200);
    }

    [Fact]
    public void Link_IsDeterministic_WhateverTheOrderOfIdentifiersInAnAd()
    {
        var ads = SyntheticAds.Generate(5_000, seed: 3);
        var reordered = ads.Select(ad => ad.Reverse().ToArray()).ToArray();
        var copied = ads.Select(ad => ad.Select(key => new AdIdentifierKey(new string(key.Kind), new string(key.Value))).ToArray()).ToArray();

        var first = AdLinker.Link(ads);

        foreach (var links in new[] { AdLinker.Link(ads), AdLinker.Link(reordered), AdLinker.Link(copied) })
        {
            links.Group.ShouldBe(first.Group);
            links.Common.ShouldBe(first.Common, ignoreOrder: true);
        }

        var again = AdLinker.Link(copied);
        Enumerable.Range(0, ads.Length).ShouldAllBe(ad => again.JoinedBy(ad).SequenceEqual(first.JoinedBy(ad)));
    }

    [Fact]
    public void JoinedBy_ListsEveryIdentifierSharedWithinTheGroup_AndNoCommonOne()
    {
        var ads = SyntheticAds.Generate(5_000, seed: 5);
        var links = AdLinker.Link(ads);

        for (var ad = 0; ad < ads.Length; ad++)
        {
            var members = Enumerable.Range(0, ads.Length).Where(other => links.Group[other] == links.Group[ad]).ToList();
            var shared = members.SelectMany(m => ads[m].Distinct()).CountBy(key => key).Where(c => c.Value >= 2).Select(c => c.Key)
                .Where(key => !links.Common.Contains(key));
            links.JoinedBy(ad).ShouldBe(shared, ignoreOrder: true);
            if (ad > 200)
            {
                break;
            }
        }
    }

    private static List<IReadOnlyList<AdIdentifierKey>> Ads(params AdIdentifierKey[][] ads) => [.. ads];

    /// <summary>
    /// Groups by breadth-first search over ads and identifiers, with the same rules written out plainly: distinct
    /// identifiers per ad, counted; common ones (over the kind's cap, or listed) are left out.
    /// </summary>
    private static int[] ReferenceGroups(AdIdentifierKey[][] ads, LinkOptions options)
    {
        var byKey = new Dictionary<AdIdentifierKey, List<int>>(AdIdentifierKeyComparer.Instance);
        for (var ad = 0; ad < ads.Length; ad++)
        {
            foreach (var key in ads[ad].Distinct(AdIdentifierKeyComparer.Instance))
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(ad);
            }
        }

        bool Joins(AdIdentifierKey key) => byKey[key].Count <= options.CommonAfterFor(key.Kind) && !options.AlwaysCommon.Contains(key);

        var group = Enumerable.Repeat(-1, ads.Length).ToArray();
        for (var start = 0; start < ads.Length; start++)
        {
            if (group[start] >= 0)
            {
                continue;
            }

            var queue = new Queue<int>([start]);
            group[start] = start;
            while (queue.TryDequeue(out var ad))
            {
                foreach (var key in ads[ad].Where(Joins))
                {
                    foreach (var other in byKey[key].Where(other => group[other] < 0))
                    {
                        group[other] = start;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return group;
    }
}
