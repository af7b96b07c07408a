@title GSCC Minutes 14 October 2019
@font Helvetica
@fontsize 10
@footer GSCC Minutes 14.10.19 || Page {page}
HC GRUNNAVOE &amp; STOURBISTER COMMUNITY COUNCIL
S 4
G Chairman: | Clerk:
G Mr Robert Halcrow | Mrs Ina Leask
G Nether Voe, Grunnavoe | 3 Kirkabister Road, Stourbister
G Shetland ZE2 9QX | Shetland ZE2 9QR
G Tel: 01632 960417 | Tel: 01632 960932
G e-mail: chair@grunnavoe-cc.org.uk | e-mail: clerk@grunnavoe-cc.org.uk
S 8
P Minutes of a meeting of Grunnavoe &amp; Stourbister Community Council held in Stourbister Public Hall on Monday 14 October 2019 at 7.30pm.
P Present: R Halcrow &nbsp; Mrs M Sinclair &nbsp; A Tulloch &nbsp; G Jamieson &nbsp; Mrs E Moar &nbsp; P Isbister &nbsp; Ms K Georgeson &nbsp; Ex officio: Cllr D Manson &nbsp; Cllr S Irvine &nbsp; In attendance: Mrs I Leask, Clerk; Mrs L Pottinger, Community Involvement &amp; Development Officer
P Mr R Halcrow presiding
P <b>APOLOGIES:</b> J Inkster; PC A Ross (Police Scotland) sent his report instead of attending.
P <b>MINUTES &amp; HEADLINES:</b> Members had received the minutes and headlines of 9 September 2019 by e-mail; they were agreed as a true record without amendment. Moved by Mr A Tulloch, seconded by Mrs E Moar.
P <b>BUSINESS ARISING:</b> <u>Police:</u> PC Ross's written report for September listed a stolen quad bike at Setter, since recovered, and two complaints of speeding on the main road past Stourbister school. <u>Broadband:</u> Mr G Jamieson reported that the fibre cabinet at Grunnavoe had still not been connected; the contractor now gave a date in early December. <u>Road Matters:</u> Passing place at Burn of Setter: Cllr D Manson said he had raised the broken edge with Roads and a repair was programmed for November. Ms K Georgeson asked whether the verges on the Kirkabister road could be cut back before the dark evenings as the school bus has little room to pass. It was agreed that the Clerk write again to Roads about the verges at Kirkabister.
P <b>COMMUNITY INVOLVEMENT &amp; DEVELOPMENT OFFICER:</b> Mrs L Pottinger gave an update on the Stourbister hall kitchen application, which was now with the funder, and on the winter warmth leaflets which would go out with the next newsletter. She asked members to let her know of anyone who might need a home visit. The update was noted with thanks.
P <b>CORRESPONDENCE:</b> SIC Planning – Local Development Plan, Main Issues consultation; circulated, responses by 29 November. Voluntary Action – volunteer awards nominations; members to send suggestions to the Clerk. Scottish Water – notice of mains renewal at Setter, 4-15 November. The correspondence was noted.
P <b>PLANNING:</b> 2019/214/PPF – Erection of dwellinghouse, Upper Hamnavoe, Grunnavoe: No objections. 2019/221/PPF – Extension to smolt shed, Stourbister pier: Mrs M Sinclair declared an interest and left the room. Members were concerned about lorry movements on the single track road past the hall. It was agreed to comment that a traffic management condition should be considered.
P <b>FINANCE:</b> The Clerk reported the balances at 30 September 2019: Main Account £6,412.18; Community Fund £18,950.00. Payments: Hall let £20.00; Clerk's salary July-September £412.50; Shetland Times advert £36.00. Approval of the payments was moved by Mrs E Moar, seconded by P Isbister.
P <b>GRANT APPLICATIONS:</b> Two applications had been received: Stourbister Up Helly Aa Committee, £300 towards costumes, and Grunnavoe Playgroup, £450 towards an outdoor shelter. A proposal by A Tulloch to award the Playgroup the full £450 was seconded by G Jamieson; on a vote 3 were for and 4 against and the proposal fell. It was then agreed to award £300 to the Up Helly Aa Committee and £400 to the Playgroup.
P <b>WIND FARM COMMUNITY BENEFIT:</b> Mr R Halcrow reported on the meeting of the community benefit steering group on 2 October. The draft constitution for a local trust would be circulated before the next meeting. P Isbister asked how the trust's directors would be chosen and whether the community council would keep a place on the board. The nomination of a community council member to the steering group was deferred to the November meeting.
P <b>BY-ELECTION:</b> The Clerk advised that one nomination had been received for the vacancy in the Stourbister ward and that Mr J Inkster had therefore been returned unopposed. He would be welcomed at the November meeting.
P <b>ANY OTHER BUSINESS:</b> Mrs E Moar asked that the lifebelt at Stourbister pier be checked as the housing had broken in the last gale. The Clerk would contact Ports. G Jamieson raised the state of the noticeboard at Grunnavoe shop, which is no longer waterproof.
P <b>DATE OF NEXT MEETING:</b> Monday 11 November 2019 at 7.30pm in Grunnavoe Hall.
P The meeting closed at 9.40pm.
S 14
P Signed ........................................ Chairman &nbsp;&nbsp;&nbsp; Date ....................
