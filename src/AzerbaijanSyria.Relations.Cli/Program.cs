using AzerbaijanSyria.Relations.Cli;

return AzsyApp.Run(args, Console.Out, Console.Error);
