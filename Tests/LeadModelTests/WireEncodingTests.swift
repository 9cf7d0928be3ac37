import Foundation
import Testing
@testable import LeadModel

struct WireEncodingTests {
    @Test func nilIsLeftOutNeverSentAsNull() throws {
        var lead = Lead()
        lead.firstName = "Иван"
        lead.extraFields = [ExtraField(key: "client.changeName", value: nil)]
        let text = String(decoding: try WireCoding.encode(lead), as: UTF8.self)
        #expect(text == #"{"extraFields":[{"key":"client.changeName"}],"firstName":"Иван"}"#)
        #expect(!text.contains("null"))
    }

    @Test func toleratesUnknownFieldsAndNulls() throws {
        let json = #"{"firstName":"Анна","somethingNew":{"x":1},"inn":null,"passport":null,"goods":[{"name":"Чайник","future":true}]}"#
        let lead = try WireCoding.decode(Lead.self, from: Data(json.utf8))
        #expect(lead.firstName == "Анна")
        #expect(lead.inn == nil && lead.passport == nil)
        #expect(lead.goods == [Good(name: "Чайник")])
    }

    @Test func unknownEnumValuesAreKeptAndSentBack() throws {
        let json = #"{"channel":"KIOSK_2030","periodUnit":"MONTHS"}"#
        let lead = try WireCoding.decode(Lead.self, from: Data(json.utf8))
        #expect(lead.channel == Channel(rawValue: "KIOSK_2030"))
        #expect(lead.channel?.isKnown == false)
        #expect(lead.periodUnit == .months && lead.periodUnit?.isKnown == true)
        #expect(String(decoding: try WireCoding.encode(lead), as: UTF8.self) == json)
    }

    @Test func impossibleDatesAreRefusedWithThePath() throws {
        let json = #"{"passport":{"issueDate":"2023-02-30"}}"#
        do {
            _ = try WireCoding.decode(Lead.self, from: Data(json.utf8))
            Issue.record("2023-02-30 was accepted")
        } catch let error as DecodingError {
            #expect(error.pathAndReason.path == "passport.issueDate")
        }
    }

    @Test func envelopeCarriesDataOrTheCoresMessage() throws {
        let ok = try WireCoding.decode(Envelope<Int64>.self,
                                       from: Data(#"{"status":"ok","timestamp":1462953481103,"data":362}"#.utf8))
        #expect(ok.status == .ok && ok.data == 362 && ok.timestamp == 1_462_953_481_103)
        let failed = try WireCoding.decode(Envelope<Int64>.self,
                                           from: Data(#"{"status":"error","data":"Ошибка при выполнении коммита транзакции"}"#.utf8))
        #expect(failed.status == .error(message: "Ошибка при выполнении коммита транзакции"))
        #expect(failed.data == nil)
        let nested = try WireCoding.decode(Envelope<Int64>.self,
                                           from: Data(#"{"status":"error","data":{"message":"Доступ запрещён"}}"#.utf8))
        #expect(nested.status == .error(message: "Доступ запрещён"))
    }

    @Test func leadRecordSplitsLeadAndCoreBookkeeping() throws {
        let json = #"{"id":362,"firstName":"Иван","clientId":17,"loanApplicationId":99,"currentStatus":"CHECK","creationDate":1700000000000}"#
        let record = try WireCoding.decode(LeadRecord.self, from: Data(json.utf8))
        #expect(record.lead.id == 362 && record.lead.clientId == 17 && record.lead.firstName == "Иван")
        #expect(record.info.loanApplicationId == 99 && record.info.currentStatus == "CHECK")
    }
}
