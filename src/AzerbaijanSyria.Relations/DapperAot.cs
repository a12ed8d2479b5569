// Every Dapper call in this assembly is generated at build time by Dapper.AOT, so nothing is emitted at
// run time and the tool publishes as NativeAOT. Tuples bind by position, as run-time Dapper binds them.
[module: Dapper.DapperAot]
[module: Dapper.BindTupleByName(false)]
