@title Inverlaxford Community Council draft minutes 28 May 2024
@font Helvetica
@fontsize 10.5
@footer Page {page} of 2
HC Inverlaxford Community Council
C Draft Minutes of Meeting held on 28 May 2024 in the Harbour Conference Room
P <b>Present:</b> Ewan (Chair), Kirsteen MacAulay (Vice-Chair), Seonaidh Morrison (Treasurer), Lachlan Mackay (Secretary), Ruairidh Campbell, Effie MacLeod (Minutes)
P <b>Also present:</b> Hugh Tallach (Highland Councillor), Gillian Rattray (Inverlaxford Community Trust), Sergeant Colin Brodie (Police Scotland)
P <b>Apologies:</b> Margaret Sutherland, Donnie Maclean (Highland Councillor)
H 1.0 Minutes of 23 April 2024
P The minutes of the meeting held on 23 April 2024 were proposed for approval by Kirsteen and seconded by Ruairidh. The minutes were approved.
H 2.0 Matters arising from Minutes of 23 April 2024
H 2.1 GP Practice Staffing
P Ewan reported that NHS Highland had confirmed that a salaried GP would start at the Inverlaxford and Durrach practice in July. Locum cover would continue until then.
H 2.2 Old Schoolhouse
P Gillian reported that the Trust had received the keys to the Old Schoolhouse. The roof survey was complete and an application would be made to the Scottish Land Fund for repairs. Hugh Tallach confirmed that the Council would support the application.
H 2.3 Harbour Road Verges
P Lachlan had written to the Council roads section about the erosion of the verges on Harbour Road. A reply was still awaited. Hugh agreed to follow this up.
H 3.0 Police Report
P Sergeant Brodie reported that it had been a quiet month with two reports of speeding vehicles on the single track road and one theft of fuel from the harbour. He reminded members about the campaign on passing place etiquette ahead of the summer. Ruairidh asked whether there would be more patrols during the NC500 season and Sergeant Brodie said that extra road policing patrols were planned for July and August.
H 4.0 Highland Councillor's Report
P Hugh Tallach reported on the Sutherland County Committee held on 14 May. The public toilets at the harbour would open seven days a week from June. He also reported that the ward discretionary fund was open for applications until the end of June.
H 5.0 Planning
P Lachlan reported one application: 24/01872/FUL, erection of a croft house at 4 Achnacarrie. It was agreed that there were no objections.
H 6.0 Treasurer's Report
P Seonaidh reported that the balance in the account was £4,206.18, of which £2,500 was held for the defibrillator replacement. Seonaidh proposed that the Community Council pay the annual subscription to the Sutherland Community Councils Forum of £25, seconded by Effie. This was agreed.
H 7.0 Correspondence
P The Secretary had circulated the correspondence list. Items included the Highland Council consultation on the Local Place Plan guidance and a request from the Gala committee for help with marshalling. Members noted the correspondence.
H 8.0 AOCB
P Kirsteen raised the state of the picnic benches at the beach car park. It was agreed that she would obtain quotes for replacement benches for the next meeting.
H 9.0 Date of Next Meeting
P Tuesday 25 June 2024 at 7.30pm in the Harbour Conference Room.
