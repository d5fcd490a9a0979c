import Runtime

/// min, max, sum, any, all, vars, dir and the other general built-in functions; generator methods.
func registerGeneralBuiltins(_ builtins: Value) {
    registerGeneratorMethods()
    registerExceptionMethods()
}
