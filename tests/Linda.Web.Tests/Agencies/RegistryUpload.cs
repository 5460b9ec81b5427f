using System.Net.Http.Headers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests.Agencies;

/// <summary>Drives the officers' registry upload as a browser does: upload, then the progress page until the import ends.</summary>
public static class RegistryUpload
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, string fileName)
    {
        var (_, token) = await client.GetFormAsync("/staff/agencies/import");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/staff/agencies/import", content);
    }

    /// <summary>Uploads a file and follows its progress page, as its refresh does, until the import has ended; returns that page.</summary>
    public static async Task<string> ImportAsync(this HttpClient client, string path, string fileName)
    {
        var upload = await client.UploadAsync(path, fileName);
        var progress = upload.RedirectTarget();
        progress.ShouldStartWith("/staff/agencies/imports/");
        return await client.WaitForImportAsync(progress);
    }

    public static async Task<string> WaitForImportAsync(this HttpClient client, string progressPage)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var html = await client.GetHtmlAsync(progressPage);
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }
            DateTime.UtcNow.ShouldBeLessThan(until, "the import did not end");
            await Task.Delay(100);
        }
    }
}
