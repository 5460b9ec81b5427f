using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Linda.Browser.Tests.Infrastructure;

/// <summary>
/// The real <c>linda</c> executable, started as a child process on a free port with its own fresh data
/// directory (SQLite database and Development master key), exactly as a developer runs it.
/// </summary>
public sealed partial class LindaServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly CapturedOutput output;
    private readonly IReadOnlyDictionary<string, string> environment;

    private LindaServer(Process process, CapturedOutput output, IReadOnlyDictionary<string, string> environment, string dataDirectory)
    {
        this.process = process;
        this.output = output;
        this.environment = environment;
        DataDirectory = dataDirectory;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public string DataDirectory { get; }

    /// <summary>Everything the app wrote so far, for failure messages.</summary>
    public string Output => output.Text;

    public static async Task<LindaServer> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(RepositoryLayout.LindaDll))
        {
            throw new InvalidOperationException(
                $"{RepositoryLayout.LindaDll} does not exist. Build the solution first: dotnet build Linda.slnx -c {RepositoryLayout.Configuration}");
        }
        var dataDirectory = Directory.CreateTempSubdirectory("linda-browser-tests-").FullName;
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Linda__DataDirectory"] = dataDirectory,
            // The console logger must not colour the "Now listening on" line this class reads.
            ["Logging__Console__ColorBehavior"] = "Disabled",
        };
        var output = new CapturedOutput();
        var process = Start(["--urls", "http://127.0.0.1:0"], environment, output);
        var server = new LindaServer(process, output, environment, dataDirectory);
        try
        {
            server.BaseUrl = await server.WaitUntilListeningAsync();
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a <c>linda</c> operations verb against the same data directory and settings as the running app.</summary>
    public async Task<LindaCommandResult> RunCommandAsync(params string[] arguments)
    {
        var commandOutput = new CapturedOutput();
        using var command = Start(arguments, environment, commandOutput);
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await command.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            command.Kill(entireProcessTree: true);
            throw new TimeoutException($"`linda {arguments.FirstOrDefault()}` did not finish within {CommandTimeout.TotalSeconds} s. Output:\n{commandOutput.Text}");
        }
        // WaitForExitAsync returns once the stream readers have drained, so the output is complete here.
        return new LindaCommandResult(command.ExitCode, commandOutput.Text);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or not stopping: nothing more a test can do about it.
        }
        process.Dispose();
        DeleteDataDirectory();
    }

    private static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CapturedOutput output)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepositoryLayout.WebProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepositoryLayout.LindaDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Settings a developer's shell may carry must not point the app at a real database or key.
        foreach (var inherited in start.Environment.Keys.Where(IsLindaSetting).ToList())
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool IsLindaSetting(string name) =>
        name.StartsWith("Linda__", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
        || name.Equals("LINDA_MASTER_KEY", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase);

    // `dotnet test` tells its child processes which host it runs on; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private async Task<Uri> WaitUntilListeningAsync()
    {
        var exited = process.WaitForExitAsync();
        var finished = await Task.WhenAny(output.Listening, exited, Task.Delay(StartTimeout));
        if (finished == output.Listening)
        {
            return await output.Listening;
        }
        var why = finished == exited
            ? $"linda exited with code {process.ExitCode} before it listened"
            : $"linda did not print \"Now listening on:\" within {StartTimeout.TotalSeconds} s";
        throw new InvalidOperationException($"{why}. Its output:\n{output.Text}");
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        var last = "no answer";
        while (deadline.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            // Polling a just-started server: a short pause between tries, not a fixed wait for readiness.
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"GET /healthz never answered 200 (last: {last}). linda's output:\n{output.Text}");
    }

    private void DeleteDataDirectory()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process: the temp directory is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Collects a process's stdout and stderr lines and notices the address it listens on.</summary>
    private sealed partial class CapturedOutput
    {
        private readonly StringBuilder text = new();
        private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<Uri> Listening => listening.Task;

        public string Text
        {
            get
            {
                lock (text)
                {
                    return text.ToString();
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (text)
            {
                text.AppendLine(line);
            }
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        // Kestrel's "Now listening on: http://127.0.0.1:NNNNN", or Linda's own "Linda is running at ...".
        [GeneratedRegex(@"(?:Now listening on:|Linda is running at)\s+(?<url>https?://\S+)")]
        private static partial Regex ListeningLine();
    }
}

public sealed record LindaCommandResult(int ExitCode, string Output);
