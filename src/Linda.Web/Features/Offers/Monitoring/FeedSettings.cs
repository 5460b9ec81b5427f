using System.Net;
using System.Net.Sockets;
using Linda.Data;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>The <c>Linda:Offers:Feeds</c> configuration section: the feed poller's pace and limits (docs/operations.md).</summary>
public sealed class FeedSettings
{
    public const string Section = "Linda:Offers:Feeds";

    /// <summary>How often this instance looks for feeds due a poll; zero turns the poller off here.</summary>
    public TimeSpan PollerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest one fetch may take, from the request to the last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest feed document read (after decompression); a larger one is refused.</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Items taken from one poll; the rest wait for a later poll (feeds list the newest first).</summary>
    public int MaxItems { get; set; } = 500;

    /// <summary>Feeds taken by one round of the poller.</summary>
    public int FeedsPerRound { get; set; } = 20;

    /// <summary>
    /// Lets feeds live on loopback and private networks. Off by default, so an officer's feed address cannot make the
    /// server call its own internal services; tests and closed deployments turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public static FeedSettings Load(IConfiguration configuration)
    {
        FeedSettings settings;
        try
        {
            settings = configuration.GetSection(Section).Get<FeedSettings>() ?? new FeedSettings();
        }
        catch (InvalidOperationException e)
        {
            throw new LindaConfigurationException($"{Section} is not valid: {e.Message} Write times as hh:mm:ss, e.g. 00:00:30.", e);
        }
        if (settings.PollerInterval < TimeSpan.Zero || settings.Timeout <= TimeSpan.Zero || settings.MaxBytes < 1024 || settings.MaxItems < 1 || settings.FeedsPerRound < 1)
        {
            throw new LindaConfigurationException(
                $"{Section} is not valid: PollerInterval cannot be negative (zero turns the poller off), Timeout must be positive, MaxBytes at least 1024, MaxItems and FeedsPerRound at least 1.");
        }
        return settings;
    }
}

public static class AdMonitoringServices
{
    /// <summary>The HTTP client name of feed fetches.</summary>
    public const string FeedClient = "ad-feeds";

    /// <summary>
    /// Ad monitoring for officers: ingestion, file uploads, the feed poller with its HTTP client, and the linking job
    /// with the review actions. Both settings sections are checked now.
    /// </summary>
    public static void AddAdMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AdMonitoringSettings.Load(configuration));
        services.AddScoped<LinkAdsHandler>();
        services.AddScoped<ReviewAdsHandler>();
        services.AddHostedService<AdLinkingJob>();
        var settings = FeedSettings.Load(configuration);
        services.AddSingleton(settings);
        services.AddScoped<AdIngestion>();
        services.AddScoped<ImportAdFileHandler>();
        services.AddScoped<PollFeedsHandler>();
        services.AddHostedService<FeedPoller>();
        services.AddHttpClient(FeedClient, c =>
            {
                c.Timeout = settings.Timeout;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Linda-ad-monitoring/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                UseCookies = false,
                ConnectCallback = settings.AllowPrivateAddresses ? null : ConnectToPublicAddressAsync,
            });
    }

    /// <summary>
    /// Connects only to public internet addresses, checked after name resolution (and so after every redirect), so a
    /// feed address or a redirect cannot reach the server itself or its private network.
    /// </summary>
    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = addresses.Where(IsPublic).ToList();
        if (allowed.Count == 0)
        {
            throw new FeedAddressException("The feed's address is not on the public internet (loopback and private networks are not polled).");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }
        var bytes = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC);
    }
}

/// <summary>A feed address the poller will not connect to; the message is for the officer.</summary>
public sealed class FeedAddressException(string message) : Exception(message);
