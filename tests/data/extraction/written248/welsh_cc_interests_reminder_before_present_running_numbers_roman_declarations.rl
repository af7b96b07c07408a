@title Pentre Derwyn Community Council 20 November 2013
@font Times-Roman
@fontsize 11
@header Pentre Derwyn Community Council – Minutes 20.11.13
@footer Signed ……………………… Chair        Date ………………        Page {page}
HC Pentre Derwyn Community Council Meeting on Wednesday 20th November 2013
P <b>Declarations of Interest</b> Members were reminded that they should declare the existence and nature of any personal and or prejudicial interest in the business of this meeting
P <b>Present:</b>
P Councillors : Cllr. D Prydderch (Chair), Cllr. E Wynne-Howell, Cllr. S Garnons, Cllr. R Bellis, Cllr. M Tudur, Cllr. G Lavery, Cllr H Athelstan, Cllr. T Mostyn.
P Others: Mr Alun Teague (Penllwyn Homes) and two members of public.
P <b>81. Apologies for absence:</b> Cllr. J Eustace and Cllr. B Hollis.
P <b>82. Declarations of Interest</b>
P Declarations of interest were made by: (i) Cllr E Wynne-Howell regarding items relating to the Welfare Hall as a trustee. (ii) Cllr R Bellis regarding planning application P/2013/0917 as a neighbour of the site.
P <b>83. Approval of the Minutes of 16th October 2013.</b>
P The minutes were proposed as a correct record by Cllr Garnons and seconded by Cllr Tudur and were signed by the Chair.
P <b>84.</b> Mr Alun Teague of Penllwyn Homes attended to outline the next phase of housing on land off Heol y Gamfa. He explained that a public exhibition would be held in the Welfare Hall in January. Cllr Mostyn asked about the width of the new footway; Mr Teague said he would take the point back to the design team. The Chair thanked Mr Teague, who then left the meeting.
P <b>85. Matters Arising</b>
P (i) Bus shelter, Maes y Llan – the replacement glass has been fitted. (ii) Grit bins – all four bins have been refilled by the County.
P <b>86. Planning</b>
P P/2013/0917 – Two storey side extension, Bryn Celyn. Cllr Bellis left the room. It was resolved that the Community Council has no objection. Cllr Bellis returned.
P P/2013/0954 – Change of use of barn to holiday let, Fferm Waun. It was resolved to object on the grounds of the single-track access.
P <b>87. Finance</b>
P The Clerk presented the accounts for payment. Payments totalling £1,846.20 were approved, proposed Cllr Lavery, seconded Cllr Athelstan.
P <b>88. Remembrance Sunday</b>
P Cllr Prydderch reported that the wreath had been laid on behalf of the Council and thanked the British Legion branch for its organisation.
P <b>89. Correspondence</b>
P Letter from the County Borough on the winter gritting routes – noted.
P <b>90. Date of next meeting</b> Wednesday 18th December 2013 at 7.30pm in the Welfare Hall.
