@title Item 3(a) Minute of Meeting 8 September 2006
@font Times-Roman
@fontsize 11.5
@header_first ||ITEM 3(a)
@header
@footer Page {page}
@pageoffset 4
S 6
HC CAOLAS MÒR FERRY JOINT BOARD
S 6
P At a Meeting of the Caolas Mòr Ferry Joint Board held in the Council Chambers, Harbour Buildings, Port Dalmorran on Friday, 8 September 2006 at 11.00 a.m.
P <b>Present:</b> Councillors Morag Brodie, Iain Cowan and Alasdair Galbraith, Dalmorran Council; and Councillors Fergus McLachlan, Shona Ritchie and Donald Tulloch, Ardcairn and Inchbeg Council.
P <b>Attending:</b> Kenneth Dunlop, Ferry Manager; Ruth Galloway, Treasurer to the Joint Board; Graham Paton, Marine Superintendent; and Lesley Sim, Committee Officer.
P <b>Also Attending:</b> Hugh Baxter, External Auditor.
P <b>Apologies:</b> An apology was intimated from Councillor Catriona Munn, Dalmorran Council.
P Councillor Alasdair Galbraith in the Chair
H MINUTE OF SILENCE
P Having heard the Chair, members stood for a minute's silence in memory of Captain Angus Rennie, master of the MV Sgeir Dubh for twenty-two years, who died on 14 August 2006.
H VARIATION IN ORDER OF BUSINESS
P The items below are minuted in the order in which they were taken.
H DECLARATIONS OF INTEREST
P It was noted that no member had an interest to declare.
H MINUTES OF PREVIOUS MEETING
P The Minutes of the meeting of 9 June 2006 were submitted and agreed as a correct record.
H ANNUAL ACCOUNTS 2005/06
P A report was submitted by the Treasurer presenting the unaudited annual accounts of the Joint Board for the year ended 31 March 2006, which showed a surplus of £38,412 on the ferry revenue account.
P Having heard the Treasurer and the External Auditor in further explanation of the report and in answer to Members' questions, the Joint Board agreed:-
P (1) to note the unaudited accounts for 2005/06; and
P (2) that the surplus be transferred to the vessel replacement reserve.
H VESSEL DRY-DOCKING 2007
P A report was submitted by the Ferry Manager on the tenders received for the dry-docking and survey of the MV Sgeir Dubh in February 2007, during which the relief vessel would be chartered.
P After discussion and having heard the Ferry Manager and the Marine Superintendent in answer to Members' questions, Councillor Ritchie, seconded by Councillor Tulloch, moved that the Joint Board accept the lowest tender, from Inverlochy Marine Ltd, in the sum of £146,900.
P As an amendment, Councillor Cowan, seconded by Councillor Brodie, moved that a decision be continued to the next meeting to allow the two yards in the Board's own area to be invited to re-tender.
P On a vote being taken, 2 Members voted for the amendment and 4 for the motion. The motion was accordingly declared carried.
H FARES AND CHARGES 2007/08
P A report was submitted by the Ferry Manager proposing the fares and charges to apply from 1 April 2007.
P The Joint Board agreed that fares be increased by 3.5% from 1 April 2007 and that the islanders' multi-journey ticket be held at its present price for a further year.
H WINTER TIMETABLE CONSULTATION
P A report was submitted by the Ferry Manager on responses to the consultation on the proposed winter timetable. Councillor McLachlan asked that the views of the Inchbeg community council, which had been received after the closing date, be taken into account.
P Consideration of this item was continued to the next meeting.
H PERFORMANCE REPORT – APRIL TO JUNE 2006
P There was submitted a report by the Ferry Manager on service performance for the first quarter of 2006/07, during which 99.2% of scheduled sailings had operated.
P The Joint Board noted the report.
H DATE OF NEXT MEETING
P It was noted that the next meeting of the Joint Board would be held on Friday, 1 December 2006 at 11.00 a.m. in Ardcairn.
