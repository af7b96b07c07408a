@title Eskmuir Community Council March 2007
@font Helvetica
@fontsize 10.5
@footer ECC Minutes March 2007||Page {page}
C <i>Representing the villages of Dalhaugh, Ravenslaw, Kirkstane &amp; Braidwell, together with the surrounding landward area up to the Ravenslaw Hills</i>
HC ESKMUIR COMMUNITY COUNCIL
P ECC MEETING HELD ON WEDNESDAY 7 March 2007 at Ravenslaw Village Hall
P Present: Janet Lowrie (JL) Chair, Tom Baird (TB), Kirsty Munro (KM), Alasdair Rennie (AR), Gail Fotheringham (GF), Cllr Irene Gow (IG), PC Neil Ross (NR)
P <b>1.1 Apologies:</b> Colin Dodds (CD), Morag Wishart (MW)
P <b>1.2 Visitors:</b> Derek Hume (DH), Ravenslaw Hall Committee
P <b>Previous Minutes:</b> The minutes of 7 February 2007 were approved on the proposal of TB, seconded by KM.
P <b>3 Police Report:</b>
P NR said the police had taken 19 calls from the Eskmuir area during February. There were two thefts of heating oil from farm tanks at Braidwell and a break-in to a garage in Dalhaugh. A car had been found burnt out on the Kirkstane road. NR asked residents to report any vans seen around farm steadings at night to the police on the non-emergency number.
P <b>4 Councillor's Report:</b>
P IG reported that the Council had set its budget and that Council Tax would rise by 2.5%. The new primary school at Dalhaugh would open after the October holiday. IG would ask the roads department about the potholes on the Ravenslaw brae.
P <b>5 Planning:</b>
P Application 07/00088/FUL for a house at Kirkstane Mains had been refused by the Council. Application 07/00104/FUL (stables, Braidwell Farm) – no comment. AR reported that the appeal on the Kirkstane quarry extension would be heard in May.
P <b>6 Windfarm Community Benefit:</b>
P DH spoke for the Hall Committee and asked whether the Community Council would support an application to the Braidwell Hill windfarm fund for a new hall kitchen. Members were in favour. It was agreed that JL would write a letter of support.
P <b>7 Treasurer's Report:</b>
P GF reported a balance of £684.12. The grant from the Council of £410 had been received. The hall hire of £60 was approved for payment. Proposed by KM, seconded by AR.
P <b>8 Correspondence:</b>
P Letters from the Council on the Local Plan consultation and from Scottish Water on the Kirkstane mains renewal were noted.
P <b>9 AOB:</b>
P TB asked whether the Community Council could buy a second grit bin for the top of Ravenslaw brae. Deferred until the Council's winter review is known.
P <b>10 Date of Next Meeting:</b> Wednesday 4 April 2007 at 7.30pm, Kirkstane Church Hall.
