@title Minutes December 2009
@font Helvetica
@fontsize 10.5
HC YARNFOLD PARISH COUNCIL
C Clerk: Ruth Bagnall. 3 Quarry Cottages, Yarnfold TA99 4QX Tel: 07700 900732 E-mail: yarnfoldclerk@btinternet.com Website: www.yarnfoldparishcouncil.org.uk
S 6
H MINUTES OF A MEETING OF THE PARISH COUNCIL –Wednesday 9th December 2009, Yarnfold Village Hall at 7.30pm
P <b>PRESENT:</b> Mr D Hambling (Chairman) Mrs A Crewe Mr L Petherick (left 8.40pm) Mr S Gaylard Mr K Vowell County Cllr Peter Moxey Mrs R Bagnall (Clerk) 4 members of the public
P <b>PUBLIC SESSION</b> A member of the public reported that the ford at Dipping Lane had been impassable for most of the week after the heavy rain and that a car had been abandoned in it on Sunday. The Clerk agreed to report the depth marker, which has fallen over, to the County Council. Another resident asked who had paid for the new lights on the Christmas tree on the green; Mrs Crewe explained that they had been given by the Yarnfold Inn. A question about the closure of the post office counter in the shop was referred to County Cllr Moxey for his report.
P <b>7.42pm – Meeting opened</b> Mr Hambling opened the meeting by thanking Mrs Crewe and the school for the carol singing around the tree on Saturday, which had raised £183 for the air ambulance. He also welcomed Mr Vowell to his first meeting since being co-opted in November.
P <b>1 APOLOGIES FOR ABSENCE.</b> Apologies were received from District Cllr Jane Tapp and PCSO Lyddon.
P <b>2 DECLARATIONS OF INTEREST.</b> Mr Gaylard declared a personal and prejudicial interest in item 6(b), the applicant being his brother-in-law.
P <b>3 MINUTES.</b> The minutes of the meeting held on 11th November 2009, having been circulated, were approved and signed by the Chairman.
P <b>4 MATTERS ARISING.</b> (a) The grit bin at Combe Hill has been refilled by the County Council. (b) The Clerk had written to the owner of the field above Church Lane about the mud on the road and had received an apology. (c) Mr Vowell said he would look at the broken stile on footpath Y 12/3 before the next meeting.
P <b>5 COUNTY COUNCILLOR’S REPORT.</b> County Cllr Moxey reported that the post office counter would close on 22nd January but that an outreach service two mornings a week was being discussed with the shop. He said the gritting routes had not changed this winter and that requests for extra salt bins should be sent to him before the end of December.
P <b>6 PLANNING.</b> (a) 09/03311/FUL Higher Wyke Farm – conversion of barn to holiday unit. The Council supported the application. (b) 09/03402/LBC 2 Chapel Row – replacement windows. Mr Gaylard left the room. After discussion it was RESOLVED to recommend approval provided the windows are timber. Mr Gaylard returned.
P <b>7 HIGHWAYS AND FOOTPATHS.</b> Mr Petherick reported that the drains at Lower Yarnfold were blocked again and that water was running across the road to the school. The Clerk would report this as urgent. The footpath officer's annual survey had found two gates in need of new hinges.
P <b>8 FINANCE.</b> The following cheques were signed: 000412 Mrs R Bagnall, salary and expenses Oct–Dec, £301.17; 000413 Yarnfold Village Hall, hire, £48.00; 000414 County ALC, training course, £25.00. Proposed Mrs Crewe, seconded Mr Gaylard, all in favour. The bank balance at 30th November was £5,902.44.
P <b>9 PRECEPT 2010/11.</b> The Clerk presented the draft budget. After discussion it was RESOLVED to request a precept of £6,250 for 2010/11, an increase of £250 to cover the rising cost of grass cutting. Mr Petherick had left the meeting before this item.
P <b>10 VILLAGE HALL.</b> Mrs Crewe reported that the hall committee had replaced the boiler and would be holding a quiz on 23rd January to help meet the cost.
P <b>11 CORRESPONDENCE.</b> County Council – winter maintenance leaflet; Police – beat surgery dates; Hedgerow Trust – hedgerow survey. All noted.
P <b>12 DATE OF NEXT MEETING.</b> Wednesday 13th January 2010 at 7.30pm in the Village Hall. There being no further business the meeting closed at 9.05pm.
S 14
P Signed ........................................ Chairman          Date ....................
