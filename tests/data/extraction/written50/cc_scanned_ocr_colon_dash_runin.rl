@title Scan_2019-04-02_103314
@font Times-Roman
@fontsize 11.5
@header {page}||03 .2019
@pageoffset 83
P The Minutes of the Meeting of the Community Council held at Tre-Wernol Chapel Vestry on Monday 4 March 2Ol9 at 7 .30 p.m.
P <b>Present:-</b> Mr D Prothero (in the Chair), Mrs E Gwatkin, Mrs S Bevington, Mrs G Hallam and Messrs R Maddocks, T Brace, C Probyn, W Seaborne, M Ifans and R Beddoe (Clerk)
P <b>Apologies:-</b> Apologies for absence were received from County Councillor Mrs Ann Kinsey and Mr J Hopkyn.
P <b>Neighbourhood Policing:-</b> PCSO 412 Dean Whitlow attended and gave a verbal Crime Report for February. He said that there had been 31 calls to the Police from the area, 9 af which concerned a dispute between neighbours at Llwyn Ithel, but only two crimes. One was the theft of diesel from a tractor at Pant-y-Gollen and the other a break-in to a garage in Tre-Wernol.
P Cllr. Brace referred to vans parking overnight in the lay-by on the Pengarnedd road. PCSO Whitlow said he would ask the night patrol to check it.
P Mrs Gwatkin said that the 101 seryice was still very slow to answer and that people were giving up.
P PCSO Whitlow was thanked for attending the meeting.
P <b>Declarations of Interest:-</b> It was agreed that these be raised as and when appropriate.
P <b>Minutes:-</b> The minutes of the previous meeting held at Llwyn Ithel Yillage Hall on Monday 4 February 201.9 were approved by the meeting and signed by the Chairman.
P <b>Matters Arising:-</b> The Clerk reported that all the actions from the February meeting had been taken apart from those below.
P (i) Pengarnedd Mr R Maddocks reported that the leaves had still not been cleared from the gully opposite the Old Smithy. The Clerk will write to the County Council agaln.
P 8l xw
P (ii) Tre-Wernol Cllr. Seaborne reported that the fingerpost at Pant Lane had been replaced by the County Council.
P (iii) General The Clerk reported that the Citizens Advice office had vrritten to thank the Council fcrr the donation of £150.
P <b>Planning:-</b> The following applications were considered:-
P DM/2019/00088 Extension to dwelling, Ty Canol, Llwyn Ithel. No objection.
P DM/2019/00102 Two holiday lodges, Pant-y-Gollen Farm. Cllr. Probvn declared an interest and left the room. After discussion it was agreed to object on the grounds that the access lane is unsuitable for the extra traffic.
P <b>Highways:-</b> Cllr. Ifans reported that there were now several deep potholes on the road from Tre-Wernol to the main road junction. It was agreed that the Clerk report these to the County Council as a matter of urgency.
P <b>Finance:-</b> The following cheques were approved for payment:-
P R Beddoe, Clerk's salary January to March, £345.00
P Tre-Wernol Chapel, hire of vestry, £20.00
P Valleys Association of Local Councils, subscription, £88.50
P The Clerk reported that the bank balance at 28 February was £6,904.18.
P <b>Correspondence:-</b> The Clerk had circulated the correspondence received since the last meeting. There were no matters requiring action and the correspondence was noted.
P <b>Grants:-</b> A request had been received from Pengarnedd Young Farmers for help with the cost of a new marquee. It was proposed by Cllr. Hallam and seconded by Cllr. Seaborne that a grant of £250 be made. This was carried unanimously.
P <b>Any Other Business:-</b> Mrs Bevington reported that the footbridge at Nant Ddu was very slippery. The Clerk will ask the County Council to clean it.
P <b>Date of Next Meeting:-</b> Monday 1 April 2019 at Llwyn Ithel Village Hall at 7 .30 p.m.
P There being no further business the Chairman closed the meeting at 9.10 p.m.
S 18
P Signed ......................................... Chairman          Date ..............................
