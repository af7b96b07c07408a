@title Cefn Heulog Community Council minutes 16 May 2024
@font Helvetica
@fontsize 10.5
@numcol 16
@header_first  
@header Cefn Heulog Community Council – Minutes 16th May 2024 – Page {page}
HC Minutes of Council Meeting held at Neuadd y Pentref, Cefn Heulog
HC on Thursday 16th May 2024 at 7pm.
P Present: Councillors: Eleri Mathias (Chair)
P Huw Prothero, Bethan Rowlands, Gethin Cole, Dafydd Skyrme, Angharad Lewis, Mark Penry and Rhodri Waite.
P In Attendance: Catrin Morse (Clerk).
P The Council held a period of silent reflection.
H Item 1:Apologies for Absence.
R 24/61 | Councillors Owain Jenkins and Delyth Price.
H Item 2:Declarations of Interest.
R 24/62 | Councillor G Cole – Item 12 (Personal Interest as a member of the Cefn Heulog Welfare Hall committee).
H Item 3:To consider suspension of meeting to receive representations from residents, if in attendance at the meeting.
R 24/63 | Two residents spoke about the speed of traffic on Heol y Bryn and asked the Council to support a 20mph zone by the school. The Chair thanked them and said the matter would be raised with the County Borough Council.
H Item 4:To receive the minutes of the meeting held 18th April 2024.
R 24/64 | Resolved to approve the minutes of the meeting of 18th April 2024. The minutes were signed by the Chair.
H Item 5:Matters arising from the minutes, which are not included on this agenda.
R 24/65 | No matters arising.
H Item 6:Election of Chair for 2024/25.
R 24/66 | Councillor H Prothero nominated Councillor E Mathias, seconded by Councillor A Lewis. There were no other nominations and Councillor E Mathias was elected Chair and signed the declaration of acceptance of office.
H Item 7:Election of Vice Chair for 2024/25.
R 24/67 | Councillor B Rowlands was nominated by Councillor D Skyrme and seconded by Councillor M Penry. Resolved that Councillor B Rowlands be elected Vice Chair.
H Item 8:Police Report.
R 24/68 | The Clerk read the report sent by PCSO Alun Harries: six incidents in April, mostly nuisance motorbikes on the common. The report was noted.
H Item 9:Bus Shelter, Heol Fawr.
R 24/69 | Councillor R Waite reported that the shelter glass had been broken for the third time this year and that the insurer would not cover a further claim.
R | Councillor D Skyrme proposed that the glass panels be replaced with polycarbonate at a cost of £1,180 and Councillor M Penry seconded the proposal.
R | Resolved that the quotation from Bryn Glazing be accepted.
H Item 10:Financial Statement.
R 24/70 | The Clerk presented the financial statement to 30th April 2024. The statement was approved.
H Item 11:Payments.
R 24/71 | The following payments were approved: Clerk's salary £402.18, HMRC £100.40, Bryn Glazing (deposit) £300.00, Welsh Water £18.62.
H Item 12:Welfare Hall Grant.
R 24/72 | Having declared an interest Councillor G Cole left the meeting. Councillor B Rowlands proposed a grant of £1,500 towards the new kitchen; Councillor A Lewis proposed an amendment for £1,000. The amendment was put to the vote and carried, 4 for and 3 against. Councillor G Cole returned to the meeting.
H Item 13:Planning Applications.
R 24/73 | P/24/211/FUL – 4 Maes y Deri, two storey rear extension – No objection.
R | P/24/238/OUT – Land north of Heol y Bryn, 14 dwellings – The Council resolved to object on highway safety grounds and the loss of open countryside.
H Item 14:Correspondence.
R 24/74 | One Voice Wales – training calendar. Noted.
H Item 15:Date of next meeting.
R 24/75 | Thursday 20th June 2024 at 7pm.
S 24
P Signed ……………………………… (Chair)       Date ………………
