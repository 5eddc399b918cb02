import CommandLineSupport
import Testing

@Suite("Background values")
struct BackgroundValueTests {
    @Test("The value made on another thread is what every read returns")
    func valueIsMadeOnce() {
        let value = BackgroundValue { (1...1000).reduce(0, +) }
        #expect(value.result == 500_500)
        #expect(value.result == 500_500)
    }
}
