// The Polyfill package's members for netstandard2.0 (ArgumentNullException.ThrowIfNull, span overloads, …) are C# 14
// extension members in this namespace; the shared sources call them as the framework members they stand for.
global using Polyfills;
