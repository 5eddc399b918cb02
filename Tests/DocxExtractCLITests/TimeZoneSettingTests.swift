@testable import CommandLineSupport
import Testing

@Suite("Time-zone setting")
struct TimeZoneSettingTests {
    @Test func anUnsetZoneIsNamedAsGlibcsDefaultFile() {
        #expect(TimeZoneSetting.value(replacing: nil) == ":/etc/localtime")
    }

    @Test(arguments: ["Asia/Shanghai", "", ":/usr/share/zoneinfo/UTC"])
    func aSetZoneIsLeftAsItIs(_ zone: String) {
        #expect(TimeZoneSetting.value(replacing: zone) == nil)
    }
}
