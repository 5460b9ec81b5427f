using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Linda.Web.Tests.Offers;

/// <summary>
/// A real HTTP server (Kestrel on a free loopback port) serving feed documents, honouring ETag and
/// Last-Modified like a real feed host, and counting the requests it answered.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> _requests = new();

    public sealed record Document(string Body, string ContentType, string? ETag = null, DateTimeOffset? LastModified = null, int Status = 200, TimeSpan Delay = default);

    private FeedServer(WebApplication app) => _app = app;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        return server;
    }

    public Uri Address(string path) => new(new Uri(_app.Urls.First()), path);

    public void Serve(string path, Document document) => _documents[path] = document;

    public IReadOnlyList<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests => [.. _requests];

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var request = context.Request.Headers;
        _requests.Enqueue((path, request.IfNoneMatch.Count > 0 ? request.IfNoneMatch.ToString() : null, request.IfModifiedSince.Count > 0 ? request.IfModifiedSince.ToString() : null));
        if (!_documents.TryGetValue(path, out var document))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (document.Delay > TimeSpan.Zero)
        {
            await Task.Delay(document.Delay);
        }
        var headers = context.Response.GetTypedHeaders();
        if (document.ETag is not null)
        {
            headers.ETag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue(document.ETag);
            if (request.IfNoneMatch.ToString() == document.ETag)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }
        if (document.LastModified is { } modified)
        {
            headers.LastModified = modified;
            if (context.Request.GetTypedHeaders().IfModifiedSince is { } since && since >= modified)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }
        context.Response.StatusCode = document.Status;
        context.Response.ContentType = document.ContentType;
        await context.Response.WriteAsync(document.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
