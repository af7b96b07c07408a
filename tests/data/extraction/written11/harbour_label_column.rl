@title Porthkennack Harbour Commissioners 15.05.25
@font Helvetica
@fontsize 10
@numcol 42
@footer Porthkennack Harbour Commissioners – Minutes 15th May 2025||Page {page}
HC MEETING OF THE PORTHKENNACK HARBOUR COMMISSIONERS
HC ON THURSDAY 15th MAY 2025 AT 7.00PM
S 6
P <b>Present:</b> Mr G Tregaskis (Chairman), Mr H Bolitho, Mr D Jory, Mr P Nance, Mrs K Penhaligon, Mr S Rowe, Mr W Trebilcock, Capt A Lobb (Harbour Master). <b>Apologies</b> Mr J Couch, Mr R Keast.
P <b>In Attendance:</b> Mr T Hosking (Deputy Harbour Master), Mrs L Rickard (Secretary), Mr J Penrose, Mrs F Oates.
S 4
R To Take Information and Comments from Any Members of the Public Present | The Chairman welcomed Mrs Oates and Mr Penrose. Mr Penrose asked the Commissioners whether the slipway at Polgwidden would be closed during the summer while the wall was repointed. The HM said that the work would be done in two halves so that one side of the slipway stayed open. Mrs Oates said that she was concerned about the number of jet skis launching from the beach below the Coastguard Cottages. GT said that the Commissioners would look at this under the Moorings Policy. Members of the public were asked to leave the room before any matter in which a Commissioner had a personal interest was discussed.
R Declarations of Interest | WT declared an interest in the Moorings Policy as the holder of two commercial moorings.
R Minutes of the Last Meeting | The minutes of the meeting held on 20th March 2025 were read. Agreed and signed by the Chairman.
R Matters Arising | HB asked whether the quotation for the fendering on the North Quay had been received. The HM said it was expected next week.
R Harbour Master's Report | The HM reported that landings of crab and lobster were up on last year and that the new ice machine was in use. The Deputy HM reported two minor collisions in the inner harbour over Easter, neither of them with injury. The report was noted.
R Finance | The Secretary presented the accounts to 30th April. DJ asked about the overspend on electricity at the fish store, which the Secretary said was due to the ice machine. Proposed PN, seconded KP, that the budget for 2025/26 be adopted as presented. Carried unanimously.
R Dredging Licence | The HM reported that the Marine Management Organisation had renewed the maintenance dredging licence for a further three years. SR asked whether the spoil could still be deposited at the Doom Bar ground; the HM said it could.
R Moorings Policy | WT left the room. KP proposed that visitor mooring fees be increased by 5% from 1st June, seconded by DJ. For 3, Against 4. Proposal fell. It was agreed that the HM would draft a byelaw notice on the launching of personal watercraft for the next meeting.
R Correspondence | A letter from the Porthkennack Gig Club asking for a reduced launching fee for the regatta was read. GT said that the Commissioners had always supported the regatta. It was agreed to waive the fee for the regatta weekend.
R Any Other Business | HB reported that the life ring on the end of the South Pier was missing.
R Date of Next Meeting | Thursday 17th July 2025 at 7.00pm in the Harbour Office.
