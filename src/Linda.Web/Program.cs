using Linda.Web;

// `linda` with no verb (or `linda serve`) runs the web app; other verbs are operations (see Cli/).
return await LindaProgram.RunAsync(args);

public partial class Program;
