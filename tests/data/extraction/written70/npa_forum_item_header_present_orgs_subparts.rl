@title Blackmoor Consultative and Parish Forum minutes 16 June 2016
@font Helvetica
@fontsize 10.5
@header ||ITEM 9
@footer {page}
HC BLACKMOOR NATIONAL PARK AUTHORITY
HC CONSULTATIVE AND PARISH FORUM
P <b>MINUTES</b> of the meeting of the Blackmoor Consultative and Parish Forum held on Thursday 16 June 2016 at 7.00pm at Huntsworth Village Hall.
H PRESENT
G Giles Hollacombe | Blackmoor National Park Authority and Chairman of the Forum
G Anne Bastable | Cutcombe Priors Parish Council
G Derek Fursdon | Brendwell Parish Council
G Wendy Garland | Brendwell Parish Council
G Hugh Chettle | Blackmoor National Park Authority and Oxcombe Parish Council
G Rosalind Quartly | Huntsworth Parish Council
G Peter Ridd | Blackmoor Commoners' Association
G Sally Venner | Lynbridge Town Council
G Colin Westacott | Blackmoor National Park Authority and Westshire County Council
G Maureen Yeo | Blackmoor Young Voices
H NATIONAL PARK AUTHORITY STAFF IN ATTENDANCE
G Dr Nicholas Passmore | Chief Executive
G Joanna Tuckett | Head of Planning and Sustainable Development
G Heather Lerwill | Forum Secretary
P 1. Apologies for absence were received from:
G Kenneth Burge | Oxcombe Parish Council
G Lady Philippa Dart | Invitee
G Trevor Hancock | Blackmoor National Park Authority and Lynbridge Town Council
G Judith Smale | Blackmoor Rural Housing Network
P 2. (1) <b>MINUTES:</b> The Minutes of the Forum meeting held on 17 March 2016 were agreed as a correct record.
P (2) <b>MATTERS ARISING:</b> <u>Mobile coverage at Huntsworth:</u> Rosalind Quartly reported that the temporary mast promised at the last meeting had not yet been installed. Dr Nicholas Passmore said that he would write again to the operator and report back.
P 3. <b>QUESTIONS FROM THE FLOOR:</b> Derek Fursdon asked whether the Authority would reconsider the closure of the visitor centre car park at Combe Water during the winter. Joanna Tuckett replied that the closure was a matter for the landowner but that the Authority would raise it at the next liaison meeting. Maureen Yeo asked what opportunities there were for young people to sit on the Forum in their own right. The Chairman said that Blackmoor Young Voices was a full member of the Forum and that a second seat could be considered when the constitution was reviewed in the autumn.
P 4. <b>NATIONAL PARK PARTNERSHIP PLAN 2017-22:</b> Dr Nicholas Passmore gave a presentation on the review of the Partnership Plan. The draft would be published for consultation in September and the Forum would be asked to comment as a whole. The following points were made in discussion:
P (a) Anne Bastable felt that the draft said too little about the loss of young families from the smaller villages and asked that affordable housing be one of the headline priorities.
P (b) Peter Ridd asked that the part played by the commoners in managing the open moor be recognised in the section on landscape.
P (c) Colin Westacott noted that the County Council's transport budget had been cut by a fifth and that bus services would need to be addressed realistically.
P The Chairman thanked Dr Passmore for the presentation and asked members to encourage their councils to respond to the consultation.
P 5. <b>FARMING ISSUES:</b> Peter Ridd reported that the uncertainty following the referendum result was causing real anxiety among hill farmers, particularly about the future of payments under the Basic Payment Scheme. Hugh Chettle added that several farmers in Oxcombe had postponed investment in new buildings until the position was clearer. Members would keep the matter under review through their parish councils.
P 6. <b>PLANNING ISSUES:</b> Sally Venner asked about the progress of the Local Plan examination. Joanna Tuckett said that the Inspector's report was expected in August. Wendy Garland raised concerns about the number of barn conversions being used as second homes. It was agreed that the Head of Planning and Sustainable Development be invited to give a fuller presentation on the use of local occupancy conditions at the next meeting.
P 7. <b>EMERGING ISSUES OR TOPICS FOR WIDER DEBATE:</b> Anne Bastable suggested that the closure of rural post offices be discussed. It was agreed that rural services, including post offices and public conveniences, be the main topic at the next meeting.
P 8. <b>DATE OF NEXT MEETING:</b> Thursday 17 November 2016 at 10.30am at Blackmoor House, Dunscombe.
S 12
P The meeting closed at 9.05pm.
S 24
P CHAIRMAN
