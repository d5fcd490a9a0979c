import Runtime

/// Registers every built-in module (implemented in Swift) with the import system: each module
/// file adds its factory to `builtinModuleFactories`.
func registerBuiltinModules() {
    registerMathModule()
    registerCollectionsModule()
    registerSysModule()
    registerTimeModule()
    registerRandomModule()
    registerItertoolsModule()
    registerBisectModule()
    registerHeapqModule()
    registerFunctoolsModule()
    registerOperatorModule()
    registerArrayModule()
    registerFutureModule()
    registerIOModule()
}
